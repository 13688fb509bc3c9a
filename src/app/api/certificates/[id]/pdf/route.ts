import { createHash } from "node:crypto";
import contentDisposition from "content-disposition";
import type { NextRequest } from "next/server";
import { env } from "@/env";
import { certificateMessages as m } from "@/lib/certificates/messages";
import { createHttpContext } from "@/server/api/context";
import { errorResponse } from "@/server/api/errors";
import { fileHeaders } from "@/server/api/file-headers";
import { renderHolderCertificate } from "@/server/domain/certificates/render-holder-certificate";
import { AppError } from "@/server/errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * GET /api/certificates/<id>/pdf: 我的证书's 「下载」 — the holder's signed certificate PDF, saved
 * (never shown by the browser's own viewer), under the served-file headers. Anyone but the holder,
 * an admin included, gets 404 as for an id that does not exist; signed out, 401. Never a 500 for a
 * bad request.
 */
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    if (!UUID.test(id)) throw new AppError("NOT_FOUND", m.downloadMissing);
    const { db, user } = await createHttpContext(req);
    if (!user) throw new AppError("UNAUTHORIZED", m.signInToDownload);
    const file = await renderHolderCertificate(db, { certificateId: id, userId: user.id, appUrl: env().APP_URL });
    const sha256 = createHash("sha256").update(file.bytes).digest("hex");
    const headers = fileHeaders(
      { name: file.fileName, mimeType: "application/pdf", size: file.bytes.length, sha256 },
      "attachment",
    );
    headers.set(
      "Content-Disposition",
      contentDisposition(file.fileName, { type: "attachment", fallback: file.asciiFileName }),
    );
    return new Response(Buffer.from(file.bytes), { headers });
  } catch (error) {
    return errorResponse(error, { where: "certificates.download" });
  }
}
