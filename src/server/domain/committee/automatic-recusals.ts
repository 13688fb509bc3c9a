import "server-only";
import { AUTOMATIC_RECUSAL_REASON } from "@/lib/committee/messages";
import type { Tx } from "@/server/domain/shared/transaction";

/**
 * 自动回避: every drawn expert of the meeting whose work unit is the applicant's recommending unit
 * steps aside from that application. Run whenever the meeting's applications or panel change;
 * pairs already recused (declared or automatic) stay as they are.
 */
export async function createAutomaticRecusals(tx: Tx, meetingId: string) {
  const [experts, applications] = await Promise.all([
    tx.meetingExpert.findMany({
      where: { meetingId, status: "DRAWN", expert: { workUnitId: { not: null } } },
      select: { id: true, expert: { select: { workUnitId: true } } },
    }),
    tx.meetingApplication.findMany({
      where: { meetingId },
      select: { id: true, application: { select: { unitId: true } } },
    }),
  ]);
  const pairs = applications.flatMap((a) =>
    experts
      .filter((e) => e.expert.workUnitId === a.application.unitId)
      .map((e) => ({
        meetingApplicationId: a.id,
        meetingExpertId: e.id,
        automatic: true,
        reason: AUTOMATIC_RECUSAL_REASON,
      })),
  );
  if (pairs.length > 0) await tx.recusal.createMany({ data: pairs, skipDuplicates: true });
  return pairs.length;
}
