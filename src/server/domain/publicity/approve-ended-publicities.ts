import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { dateValue, shanghaiDate } from "@/lib/calendar/calendar-date";
import type { FlowActorRoleCode } from "@/lib/review/application-transitions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { applyApplicationTransition } from "../review/apply-application-transition";
import { lockApplicationInPublicity } from "./lock-publicity";

type Approver = { id: string | null; role: Extract<FlowActorRoleCode, "SYSTEM" | "COMMITTEE_CHAIR"> };

/** An objection that holds the result: not yet checked, or found true. */
const holdingObjection: Prisma.PublicityObjectionWhereInput = { status: { in: ["PENDING", "UPHELD"] } };

/**
 * 公示期满 → 终审通过: every application whose 公示 ended before today (Beijing date) with no
 * pending or upheld objection. The scheduled job runs it as SYSTEM over all committees; a chair
 * runs it now over theirs. Each application is approved in its own transaction, after taking its
 * row lock and looking at the objections again (an objection may have come in since the list was
 * read); one already approved by another run is skipped, so running it twice approves once.
 */
export async function approveEndedPublicities(
  db: Db,
  { approver, committeeIds, now }: { approver: Approver; committeeIds?: readonly string[]; now: Date },
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
    const done = await db.$transaction(async (tx) => {
      if (!(await lockApplicationInPublicity(tx, applicationId))) return false;
      if ((await tx.publicityObjection.count({ where: { publicityId: id, ...holdingObjection } })) > 0) return false;
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
      return true;
    });
    if (done) approved += 1;
  }
  return { approved };
}
