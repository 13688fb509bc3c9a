import "server-only";
import { attachmentMessages as m } from "@/lib/attachments/messages";
import type { Tx } from "@/server/domain/shared/transaction";
import { AppError } from "@/server/errors";

/**
 * The application's files plus the one being added (its size, or null while unknown) stay within
 * the upload quota (ATTACHMENT_QUOTA_MB). Checked before the bytes travel with the declared size,
 * and again in the upload's transaction, under the application's row lock, with the real size, so
 * parallel uploads cannot pass the quota together.
 */
export async function assertWithinQuota(
  client: Tx,
  applicationId: string,
  adding: number | null,
  quotaBytes: number,
): Promise<void> {
  const { _sum } = await client.attachment.aggregate({ where: { applicationId }, _sum: { size: true } });
  const used = _sum.size ?? 0;
  if (adding === null ? used >= quotaBytes : used + adding > quotaBytes)
    throw new AppError("PAYLOAD_TOO_LARGE", m.quotaExceeded(used, adding, quotaBytes), {
      field: "file",
      reason: "LIMIT_REACHED",
    });
}
