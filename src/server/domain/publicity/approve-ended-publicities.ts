import "server-only";
import { dateValue, shanghaiDate } from "@/lib/calendar/calendar-date";
import type { Db } from "@/server/db";
import { type CertificateIssuer, certificateIssuer } from "../certificates/certificate-issuer";
import { type Approver, approvePublicity, holdingObjection } from "./approve-publicity";

/**
 * 公示期满 → 终审通过: every application whose 公示 ended before today (Beijing date) with no
 * pending or upheld objection. The scheduled job runs it as SYSTEM over all committees; a chair
 * runs it now over theirs. Each application is approved in its own transaction (approve-publicity.ts),
 * which also issues its certificate; one already approved by another run is skipped, so running it
 * twice approves — and issues — once.
 */
export async function approveEndedPublicities(
  db: Db,
  {
    approver,
    committeeIds,
    now,
    issuer = certificateIssuer(),
  }: { approver: Approver; committeeIds?: readonly string[]; now: Date; issuer?: CertificateIssuer },
): Promise<{ approved: number }> {
  const today = dateValue(shanghaiDate(now));
  const due = await db.publicity.findMany({
    where: {
      endsOn: { lt: today },
      objections: { none: holdingObjection },
      application: {
        status: "SUBMITTED",
        stage: "PUBLICITY",
        ...(committeeIds ? { notice: { committeeId: { in: [...committeeIds] } } } : {}),
      },
    },
    orderBy: { endsOn: "asc" },
    select: { id: true, applicationId: true },
  });
  let approved = 0;
  for (const { id, applicationId } of due) {
    if (await approvePublicity(db, { publicityId: id, applicationId, approver, now, issuer })) approved += 1;
  }
  return { approved };
}
