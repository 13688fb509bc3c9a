import "server-only";
import contentDisposition from "content-disposition";
import { reviewQueueMessages as m } from "@/lib/review-queue/messages";
import { queueExportInputOf } from "@/lib/review-queue/queue.schema";
import { errorResponse } from "@/server/api/errors";
import type { Context } from "@/server/api/trpc";
import { exportQueue } from "@/server/domain/review-queue/export-queue";
import { AppError } from "@/server/errors";

/**
 * GET /api/review-queue/export?stage=UNIT_REVIEW&tab=pending&<filters>: 导出Excel of the caller's
 * queue (export-queue.ts). Refusals (signed out, not a reviewer of the stage, a malformed filter)
 * are JSON with their status, never a 500.
 */
export async function serveQueueExport(
  search: URLSearchParams,
  context: () => Promise<Pick<Context, "db" | "user">>,
): Promise<Response> {
  try {
    const { db, user } = await context();
    if (!user) throw new AppError("UNAUTHORIZED", m.signedOut);
    const input = queueExportInputOf(search);
    if (!input.success) {
      const [issue] = input.error.issues;
      throw new AppError("BAD_REQUEST", issue?.message ?? m.badRequest, { field: issue?.path.join(".") });
    }
    const file = await exportQueue(db, user.roles, input.data);
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
