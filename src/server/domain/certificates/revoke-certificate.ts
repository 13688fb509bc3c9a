import "server-only";
import type { RevokeCertificateInput } from "@/lib/certificates/certificate.schema";
import { certificateRoutes } from "@/lib/certificates/labels";
import { certificateMessages as m } from "@/lib/certificates/messages";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";
import { enqueueNotifications } from "../notifications/enqueue-notifications";

/**
 * 撤销证书 by an admin, with a reason: one conditional update from VALID, so of two admins at once
 * one revokes and the other is told it already is, and nothing ever moves a certificate back to
 * VALID (a new certificate comes only from a new approval). The holder is told and the audit log
 * keeps who and why, in the same transaction; the verification page reads the status on every visit.
 */
export async function revokeCertificate(db: Db, actorId: string, input: RevokeCertificateInput, now: Date) {
  return db.$transaction(async (tx) => {
    const certificate = await tx.certificate.findUnique({
      where: { id: input.certificateId },
      select: { id: true, number: true, holderId: true, holderName: true, titleName: true, applicationId: true },
    });
    if (!certificate) throw new AppError("NOT_FOUND", m.certificateMissing);
    const { count } = await tx.certificate.updateMany({
      where: { id: certificate.id, status: "VALID" },
      data: { status: "REVOKED", revokedAt: now, revokedReason: input.reason, revokedById: actorId },
    });
    if (count === 0) throw new AppError("CONFLICT", m.alreadyRevoked, { reason: "ALREADY_HANDLED" });
    await recordAudit(tx, {
      actorId,
      action: "certificate.revoke",
      entityType: "Certificate",
      entityId: certificate.id,
      fromStatus: "VALID",
      toStatus: "REVOKED",
      detail: { number: certificate.number, holder: certificate.holderName, reason: input.reason },
    });
    await enqueueNotifications(tx, [
      {
        kind: "CERTIFICATE_REVOKED",
        recipientId: certificate.holderId,
        applicationId: certificate.applicationId,
        params: { number: certificate.number, titleName: certificate.titleName, reason: input.reason },
        link: certificateRoutes.mine,
      },
    ]);
    return { id: certificate.id, number: certificate.number, status: "REVOKED" as const, revokedAt: now };
  });
}
