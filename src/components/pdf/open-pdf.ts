import type { PDFDocumentLoadingTask } from "pdfjs-dist";

/**
 * Opens a PDF with pdf.js's display layer only. That layer has no scripting at all: document
 * JavaScript (/OpenAction, field actions) runs only in pdf.js's viewer with its sandbox, which this
 * app never loads, so a PDF's scripts are ignored. The library is loaded on first use (it needs a
 * browser), and its worker and data files come from this app (`/api/pdfjs/<version>/…`), never
 * another site.
 */
export async function openPdf(url: string): Promise<PDFDocumentLoadingTask> {
  const pdfjs = await import("pdfjs-dist");
  const assets = `/api/pdfjs/${pdfjs.version}`;
  pdfjs.GlobalWorkerOptions.workerSrc = `${assets}/build/pdf.worker.min.mjs`;
  return pdfjs.getDocument({
    url,
    // Font programs are interpreted, never compiled with new Function: no eval under a strict CSP,
    // and no way for a crafted font to become code (the CVE-2024-4367 kind).
    isEvalSupported: false,
    enableXfa: false,
    // Chinese text in fonts the PDF does not embed needs Adobe's CMaps; scans need the image decoders.
    cMapUrl: `${assets}/cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${assets}/standard_fonts/`,
    wasmUrl: `${assets}/wasm/`,
    iccUrl: `${assets}/iccs/`,
  });
}

/** What went wrong opening a PDF, told apart by pdf.js's exception names. */
export function openFailure(error: unknown): "password" | "invalid" | "failed" {
  const name = error instanceof Error ? error.name : "";
  if (name === "PasswordException") return "password";
  if (name === "InvalidPDFException") return "invalid";
  return "failed";
}
