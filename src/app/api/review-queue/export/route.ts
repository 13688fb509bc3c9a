import contentDisposition from "content-disposition";
import type { NextRequest } from "next/server";
import { reviewQueueMessages as m } from "@/lib/review-queue/messages";
import { queueExportInputOf } from "@/lib/review-queue/queue.schema";
import { createHttpContext } from "@/server/api/context";
import { errorResponse } from "@/server/api/errors";
import { exportQueue } from "@/server/domain/review-queue/export-queue";
import { AppError } from "@/server/errors";

/**
 * GET /api/review-queue/export?stage=UNIT_REVIEW&tab=pending&<filters>: 导出Excel of the caller's
 * queue (export-queue.ts). Refusals (signed out, not a reviewer of the stage, a malformed filter)
 * are JSON with their status, never a 500.
 */
export async function GET(req: NextRequest) {
  try {
    const { db, user } = await createHttpContext(req);
    if (!user) throw new AppError("UNAUTHORIZED", m.signedOut);
    const input = queueExportInputOf(req.nextUrl.searchParams);
    const file = await exportQueue(db, user.roles, input);
    return new Response(file.body, {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": contentDisposition(file.fileName, { fallback: file.asciiFileName }),
        "X-Export-Rows": String(file.total),
        "X-Export-Truncated": file.truncated ? "1" : "0",
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error, { where: "review-queue.export" });
  }
}
