import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A PDF read as a reader sees it, with poppler-utils (pdftotext, pdffonts, pdftoppm, pdfsig). Without the
 * tools the PDF tests are skipped on a developer's machine and fail under CI=true
 * (scripts/test-prerequisites.sh installs them).
 */
const tools = ["pdftotext", "pdffonts", "pdftoppm", "pdfsig"];
const missingTools = tools.filter((tool) => {
  try {
    execFileSync(tool, ["-v"], { stdio: "ignore" });
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT";
  }
});

/** Why the PDF tests cannot run here, or null. */
export const popplerMissing =
  missingTools.length > 0 ? `poppler-utils missing (${missingTools.join(", ")}): apt-get install poppler-utils` : null;

function withFile<T>(bytes: Uint8Array, read: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), "zhicheng-pdf-"));
  try {
    const file = path.join(dir, "document.pdf");
    writeFileSync(file, bytes);
    return read(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text pdftotext extracts, of all pages or of one. */
export function pdfText(bytes: Uint8Array, page?: number): string {
  const range = page ? ["-f", String(page), "-l", String(page)] : [];
  return withFile(bytes, (file) =>
    execFileSync("pdftotext", [...range, "-enc", "UTF-8", file, "-"], { encoding: "utf8" }),
  );
}

/** The text with every space and line break removed: what a wrapped cell says, whatever its lines. */
export const joined = (text: string) => text.replace(/\s+/g, "");

/**
 * What pdfsig reports of the PDF's digital signatures, as it prints it: per signature the signer,
 * the signed byte ranges, whether they cover the whole file ("Total document signed"), the
 * signature's check ("Signature is Valid." or "Digest Mismatch.") and the certificate's
 * ("Certificate issuer isn't Trusted." for a CA the machine does not know). It checks no
 * revocation online (-no-ocsp), so a test needs no network.
 */
export function pdfSignatures(bytes: Uint8Array): string {
  return withFile(bytes, (file) => execFileSync("pdfsig", ["-no-ocsp", file], { encoding: "utf8" }));
}

export type PdfFont = { name: string; type: string; embedded: boolean; subset: boolean; unicode: boolean };

/** The fonts pdffonts lists. */
export function pdfFonts(bytes: Uint8Array): PdfFont[] {
  const out = withFile(bytes, (file) => execFileSync("pdffonts", [file], { encoding: "utf8" }));
  // name, type (may hold spaces), encoding, emb, sub, uni, object number, generation
  return out
    .split("\n")
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const match = /^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/.exec(line.trim());
      if (!match) throw new Error(`unexpected pdffonts line: ${line}`);
      return {
        name: match[1],
        type: match[2],
        embedded: match[4] === "yes",
        subset: match[5] === "yes",
        unicode: match[6] === "yes",
      };
    });
}

/**
 * Page `page` rendered by pdftoppm at `dpi` as 8-bit grey pixels; the PNG of it is kept in
 * tests/.artifacts/pdf/<name>.png to look at.
 */
export function pdfPageGrey(bytes: Uint8Array, page: number, dpi: number, name: string) {
  return withFile(bytes, (file, dir) => {
    const pages = ["-f", String(page), "-l", String(page), "-r", String(dpi), "-singlefile"];
    const artifacts = path.resolve("tests/.artifacts/pdf");
    mkdirSync(artifacts, { recursive: true });
    execFileSync("pdftoppm", [...pages, "-png", file, path.join(artifacts, name)]);
    execFileSync("pdftoppm", [...pages, "-gray", file, path.join(dir, "page")]);
    return parsePgm(readFileSync(path.join(dir, "page.pgm")));
  });
}

/** A binary PGM (P5): width, height, one byte a pixel. */
function parsePgm(data: Buffer) {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 64).toString("latin1"));
  if (!header) throw new Error("pdftoppm did not write a PGM");
  const [whole, width, height] = header;
  return { width: Number(width), height: Number(height), pixels: data.subarray(whole.length) };
}
