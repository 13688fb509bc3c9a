import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import {
  type ApplicationLink,
  type ReviewStageCode,
  reviewStageOf,
  reviewStages,
  SUBMITTED_STATUSES,
} from "@/lib/review/review-stages";
import { type ScopedRole, scopeIdsOf } from "@/lib/roles/role-scopes";

/** `{ unit: { departmentId: { in: ids } } }` for the link ["unit", "departmentId"], and so on. */
function linkedTo(link: ApplicationLink, ids: string[]): Prisma.ApplicationWhereInput {
  return link.reduceRight<object>((inner, key) => ({ [key]: inner }), { in: ids }) as Prisma.ApplicationWhereInput;
}

/** `stage` and every stage after it on the review path. */
function stagesFrom(stage: ReviewStageCode): ReviewStageCode[] {
  const at = reviewStages.findIndex((s) => s.code === stage);
  return reviewStages.slice(at).map((s) => s.code);
}

/**
 * The applications that `roles` let their holder read as the reviewers of `stage`, as a Prisma
 * filter to put inside the query itself: submitted, at `stage` or past it, and naming (through the
 * stage's link) an organisation the stage's reviewer role is scoped to. Null when the roles give
 * no access at that stage.
 *
 * "At or past" is the application's stage column: it only moves forward (通过 moves it on; 退回 and
 * 终止审核 leave it at the stage that acted; 重新提交 returns to that same stage), so an application
 * a department reads is one its unit passed — one the unit returned or terminated stays at
 * 推荐单位审核 and is not the department's to see — and the committee reads only what the
 * department passed. The rule serves the form, the files, the 业务表册 PDFs and review.get alike.
 */
export function reviewedApplicationsWhere(
  stage: ReviewStageCode,
  roles: readonly ScopedRole[],
): Prisma.ApplicationWhereInput | null {
  const { readers, link } = reviewStageOf(stage);
  const ids = [...new Set(readers.flatMap((role) => scopeIdsOf(roles, role)))];
  if (ids.length === 0) return null;
  return { status: { in: [...SUBMITTED_STATUSES] }, stage: { in: stagesFrom(stage) }, ...linkedTo(link, ids) };
}

/**
 * The applications an expert reads as a member of a meeting's panel: at 评委会评审, assigned to a
 * meeting of a committee they are 评委会成员 of that sits now (panel drawn or voting), where they
 * hold a drawn (not declined) seat, were recorded present, and have not stepped aside (回避,
 * automatic or declared) from that application. Absent, declined and recused experts read nothing
 * of it, and the panel's reading ends when the vote is closed. Null for a person who holds no
 * 评委会成员 role.
 */
export function panelReadableWhere(reader: Reader): Prisma.ApplicationWhereInput | null {
  const committeeIds = scopeIdsOf(reader.roles, "COMMITTEE_MEMBER");
  if (committeeIds.length === 0) return null;
  return {
    status: { in: [...SUBMITTED_STATUSES] },
    stage: "COMMITTEE_REVIEW",
    meeting: {
      is: {
        meeting: {
          committeeId: { in: committeeIds },
          status: { in: ["PANEL_DRAWN", "VOTING"] },
          experts: { some: { status: "DRAWN", present: true, expert: { userId: reader.id } } },
        },
        recusals: { none: { meetingExpert: { expert: { userId: reader.id } } } },
      },
    },
  };
}

/** Who reads: the person and the roles they hold now. */
export type Reader = { id: string; roles: readonly ScopedRole[] };

/** Every application `reader` may read as a reviewer of any stage or a panel's expert; null when none. */
export function reviewerReadableWhere(reader: Reader): Prisma.ApplicationWhereInput | null {
  const reviewed = reviewStages.flatMap((stage) => reviewedApplicationsWhere(stage.code, reader.roles) ?? []);
  const panel = panelReadableWhere(reader);
  if (panel) reviewed.push(panel);
  return reviewed.length === 0 ? null : { OR: reviewed };
}

/**
 * The applications whose current stage `roles` review: at `stage` (or at any stage), naming an
 * organisation the stage's reviewer role is scoped to. Whether the status lets them act there is
 * the transition table's answer, not this filter's. Only stages decided on the review page count:
 * 评委会评审 and 公示 move through the committee's own procedures (meetings, ballot, objections), so a
 * 主任委员 cannot end an application in 公示 around its objection process. Null when the roles review
 * no stage asked.
 */
export function actingApplicationsWhere(
  roles: readonly ScopedRole[],
  stage?: ReviewStageCode,
): Prisma.ApplicationWhereInput | null {
  const acting = reviewStages.flatMap(({ code, reviewer, link, decidedBy }) => {
    if (decidedBy !== "reviewPage" || (stage && code !== stage)) return [];
    const ids = scopeIdsOf(roles, reviewer);
    return ids.length === 0 ? [] : [{ stage: code, ...linkedTo(link, ids) }];
  });
  return acting.length === 0 ? null : { OR: acting };
}
