import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * pdf.js's worker and the data files it fetches on demand (Adobe CMaps for Chinese text in fonts a
 * PDF does not embed, the standard fonts, the JPEG 2000 / JBIG2 decoders of scans, ICC profiles),
 * served from this app's own installed copy, so 预览 reaches no other site. The version in the path
 * must be the installed one, which lets a browser keep each file for good.
 */
const root = path.join(process.cwd(), "node_modules", "pdfjs-dist");
const folders: Record<string, RegExp> = {
  build: /^pdf\.worker\.min\.mjs$/,
  cmaps: /^[\w-]+\.bcmap$/,
  standard_fonts: /^[\w-]+\.(pfb|ttf)$/,
  wasm: /^\w+\.(wasm|js)$/,
  iccs: /^[\w-]+\.icc$/,
};
const types: Record<string, string> = {
  ".mjs": "text/javascript; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
};

let installed: Promise<string> | null = null;
const installedVersion = () => {
  installed ??= readFile(path.join(root, "package.json"), "utf8").then((text) => JSON.parse(text).version as string);
  return installed;
};

export async function GET(
  _req: Request,
  { params }: { params: Promise<{ version: string; folder: string; file: string }> },
) {
  const { version, folder, file } = await params;
  const allowed = Object.hasOwn(folders, folder) && folders[folder].test(file);
  if (!allowed || version !== (await installedVersion())) return new Response(null, { status: 404 });
  const bytes = await readFile(path.join(root, folder, file)).catch(() => null);
  if (!bytes) return new Response(null, { status: 404 });
  return new Response(bytes, {
    headers: {
      "Content-Type": types[path.extname(file)] ?? "application/octet-stream",
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
