import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/pdfjs/[version]/[folder]/[file]/route";

/** The PDF viewer's worker and data files are served by the app itself, and nothing else from node_modules. */
const installed = JSON.parse(await readFile("node_modules/pdfjs-dist/package.json", "utf8")).version as string;
const get = (version: string, folder: string, file: string) =>
  GET(new Request(`http://localhost/api/pdfjs/${version}/${folder}/${file}`), {
    params: Promise.resolve({ version, folder, file }),
  });

describe("the PDF viewer's own files", () => {
  it("serves the installed worker as JavaScript, to be kept for good", async () => {
    const res = await get(installed, "build", "pdf.worker.min.mjs");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(res.headers.get("cache-control")).toContain("immutable");
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.equals(await readFile("node_modules/pdfjs-dist/build/pdf.worker.min.mjs"))).toBe(true);
  });

  it("serves the Chinese CMaps and the image decoders", async () => {
    expect((await get(installed, "cmaps", "UniGB-UCS2-H.bcmap")).status).toBe(200);
    const wasm = await get(installed, "wasm", "openjpeg.wasm");
    expect(wasm.status).toBe(200);
    expect(wasm.headers.get("content-type")).toBe("application/wasm");
  });

  it("refuses another version, so a cached file always matches the library that asks for it", async () => {
    expect((await get("1.0.0", "build", "pdf.worker.min.mjs")).status).toBe(404);
  });

  it("refuses anything outside its folders: other files, parent paths, missing names", async () => {
    for (const [folder, file] of [
      ["build", "pdf.mjs"],
      ["build", "..%2Fpackage.json"],
      ["..", "package.json"],
      ["cmaps", "../../../package.json"],
      ["constructor", "x"],
      ["cmaps", "Nope.bcmap"],
    ]) {
      expect((await get(installed, folder, file)).status, `${folder}/${file}`).toBe(404);
    }
  });
});
