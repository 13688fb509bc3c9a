import "server-only";
import { createHash } from "node:crypto";
import contentDisposition from "content-disposition";
import { type BusinessFormKind, businessFormKinds } from "@/lib/business-forms/business-forms";
import { errorResponse } from "@/server/api/errors";
import { fileHeaders } from "@/server/api/file-headers";
import type { Context } from "@/server/api/trpc";
import { businessFormMessages as m } from "@/server/domain/business-forms/messages";
import { renderBusinessForm } from "@/server/domain/business-forms/render-business-form";
import { AppError } from "@/server/errors";

const isKind = (kind: string): kind is BusinessFormKind => (businessFormKinds as string[]).includes(kind);

/**
 * GET /api/applications/<id>/business-forms/<kind>: the form as a PDF, inline for 预览 and as a
 * download with `?download=1`, under the attachments' rules: found only among the applications
 * the caller may read (404 otherwise, a malformed id or kind too), the served-file headers
 * (nosniff, a CSP that runs nothing, not stored by caches), and a Chinese file name with an ASCII
 * fallback. Refusals are JSON, never a 500.
 */
export async function serveBusinessForm(
  params: { id: string; kind: string },
  search: URLSearchParams,
  context: () => Promise<Pick<Context, "db" | "user">>,
): Promise<Response> {
  try {
    if (!isKind(params.kind)) throw new AppError("NOT_FOUND", m.notFound);
    const { db, user } = await context();
    if (!user) throw new AppError("UNAUTHORIZED", m.signInRequired);
    const form = await renderBusinessForm(db, user, params.id, params.kind);
    const type = search.get("download") === "1" ? "attachment" : "inline";
    const sha256 = createHash("sha256").update(form.bytes).digest("hex");
    const headers = fileHeaders(
      { name: form.fileName, mimeType: "application/pdf", size: form.bytes.length, sha256 },
      type,
    );
    headers.set("Content-Disposition", contentDisposition(form.fileName, { type, fallback: form.asciiFileName }));
    return new Response(Buffer.from(form.bytes), { headers });
  } catch (error) {
    return errorResponse(error, { where: "business-forms.download" });
  }
}
