import "server-only";
import contentDisposition from "content-disposition";
import { fileFormats } from "@/lib/attachments/slots";
import type { OpenedAttachment } from "@/server/domain/attachment/open-attachment";

const extensionsOf: Record<string, string[]> = Object.fromEntries(
  Object.entries(fileFormats).map(([ext, f]) => [f.mime, ext === "jpg" ? [".jpg", ".jpeg"] : [`.${ext}`]]),
);

/** The name offered to the browser, its extension matching the type the bytes were detected as. */
export function nameForType(name: string, mimeType: string): string {
  const extensions = extensionsOf[mimeType] ?? [];
  if (extensions.length === 0 || extensions.some((e) => name.toLowerCase().endsWith(e))) return name;
  const dot = name.lastIndexOf(".");
  return `${dot > 0 ? name.slice(0, dot) : name}${extensions[0]}`;
}

/**
 * Headers for serving a stored file. The type is the detected one and the browser may not sniff
 * another; the disposition is built by `content-disposition` (RFC 6266, ASCII fallback plus UTF-8
 * name) so no file name can inject a header or a path; the CSP keeps a file from running scripts
 * or loading anything, and nothing may frame it (预览 shows images with <img> and draws PDFs with
 * pdf.js from the fetched bytes).
 *
 * Only an image is ever shown by the browser itself (`inline` on request, for <img> and 在新窗口打开).
 * Everything else is saved: Chromium's built-in PDF viewer runs a PDF's JavaScript (/OpenAction)
 * whatever the CSP says, so a PDF opened by its address must never reach it.
 */
export function fileHeaders(
  file: Pick<OpenedAttachment, "name" | "mimeType" | "size" | "sha256">,
  requested: "inline" | "attachment",
): Headers {
  const disposition = requested === "inline" && file.mimeType.startsWith("image/") ? "inline" : "attachment";
  return new Headers({
    "Content-Type": file.mimeType,
    "Content-Length": String(file.size),
    "Content-Disposition": contentDisposition(nameForType(file.name, file.mimeType), { type: disposition }),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy":
      "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "private, no-store",
    ETag: `"${file.sha256}"`,
  });
}
