import { Readable } from "node:stream";
import type { NextRequest } from "next/server";
import { env } from "@/env";
import { attachmentMessages as m } from "@/lib/attachments/messages";
import { createHttpContext } from "@/server/api/context";
import { errorResponse } from "@/server/api/errors";
import { ingestUpload } from "@/server/domain/attachment/ingest-upload";
import { AppError } from "@/server/errors";

/**
 * 附件上传: POST /api/files?applicationId=…&slot=…[&entryId=…] with the file as the raw request
 * body and its name URI-encoded in X-File-Name. The body streams to storage (the proxy does not
 * run on this path, so nothing buffers it). The custom header also means a cross-site page cannot
 * send this request without a CORS preflight, which this route never grants.
 */
export async function POST(req: NextRequest) {
  try {
    const fileName = req.headers.get("x-file-name");
    if (fileName === null) throw new AppError("BAD_REQUEST", m.badRequest);
    const origin = req.headers.get("origin");
    if (origin !== null && origin !== req.nextUrl.origin) throw new AppError("FORBIDDEN", m.badRequest);
    const ctx = await createHttpContext(req);
    if (!ctx.user) throw new AppError("UNAUTHORIZED", m.signInRequired);
    const q = req.nextUrl.searchParams;
    const length = req.headers.get("content-length");
    const attachment = await ingestUpload(
      ctx.db,
      ctx.storage,
      ctx.user,
      {
        applicationId: q.get("applicationId") ?? "",
        slot: (q.get("slot") ?? "") as never,
        entryId: q.get("entryId") || null,
        fileName,
        declaredSize: length !== null && /^\d+$/.test(length) ? Number(length) : null,
      },
      req.body ? Readable.fromWeb(req.body as import("node:stream/web").ReadableStream<Uint8Array>) : Readable.from([]),
      { quotaBytes: env().ATTACHMENT_QUOTA_MB * 1024 * 1024 },
    );
    return Response.json({ attachment }, { status: 201 });
  } catch (error) {
    return errorResponse(error, { where: "files.upload" });
  }
}
