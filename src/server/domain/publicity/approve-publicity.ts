import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { FlowActorRoleCode } from "@/lib/review/application-transitions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { CertificateIssuer } from "../certificates/certificate-issuer";
import { issueCertificate } from "../certificates/issue-certificate";
import { applyApplicationTransition } from "../review/apply-application-transition";
import { lockApplicationInPublicity } from "./lock-publicity";

export type Approver = { id: string | null; role: Extract<FlowActorRoleCode, "SYSTEM" | "COMMITTEE_CHAIR"> };

/** An objection that holds the result: not yet checked, or found true. */
export const holdingObjection: Prisma.PublicityObjectionWhereInput = { status: { in: ["PENDING", "UPHELD"] } };

/**
 * 终审通过 of one application whose 公示 ended, in one transaction: its row lock first, the
 * objections looked at again (one may have come in since it was found due), the transition — which
 * lets one of two racing runs through — and the 电子职称证书, issued in the same transaction so that
 * there is one exactly when the approval committed. False when there was nothing (more) to approve.
 */
export async function approvePublicity(
  db: Db,
  {
    publicityId,
    applicationId,
    approver,
    now,
    issuer,
  }: { publicityId: string; applicationId: string; approver: Approver; now: Date; issuer: CertificateIssuer },
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    if (!(await lockApplicationInPublicity(tx, applicationId))) return false;
    if ((await tx.publicityObjection.count({ where: { publicityId, ...holdingObjection } })) > 0) return false;
    try {
      await applyApplicationTransition(tx, {
        applicationId,
        from: { status: "SUBMITTED", stage: "PUBLICITY" },
        action: "APPROVE",
        actor: approver,
        opinion: "公示期满，无异议或异议不成立，终审通过",
        now,
      });
    } catch (error) {
      if (error instanceof AppError && error.reason === "ALREADY_HANDLED") return false;
      throw error;
    }
    await issueCertificate(tx, { applicationId, now, issuer });
    return true;
  });
}
