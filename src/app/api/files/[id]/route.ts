import { Readable } from "node:stream";
import type { NextRequest } from "next/server";
import { attachmentMessages as m } from "@/lib/attachments/messages";
import { createHttpContext } from "@/server/api/context";
import { errorResponse } from "@/server/api/errors";
import { fileHeaders } from "@/server/api/file-headers";
import { openAttachment } from "@/server/domain/attachment/open-attachment";
import { AppError } from "@/server/errors";

/**
 * 预览 / 下载: GET /api/files/<id> shows an image inline, `?download=1` saves it (any other file is
 * always saved: file-headers.ts). Streams from storage; found only among the applications the
 * caller may read, 404 otherwise.
 */
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const ctx = await createHttpContext(req);
    if (!ctx.user) throw new AppError("UNAUTHORIZED", m.signInRequired);
    const file = await openAttachment(ctx.db, ctx.storage, ctx.user, id);
    const disposition = req.nextUrl.searchParams.get("download") === "1" ? "attachment" : "inline";
    return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, {
      headers: fileHeaders(file, disposition),
    });
  } catch (error) {
    return errorResponse(error, { where: "files.download" });
  }
}
