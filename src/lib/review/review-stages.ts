import type { ApplicationStatusCode, RoleKindCode } from "@/lib/dictionaries";
import { applicationStatuses, codes } from "@/lib/dictionaries";

/**
 * How an application names the organisation whose reviewers act at a stage: the path of relations
 * from Application to that organisation's id (the unit it was started under, that unit's
 * competent department, the committee of its notice).
 */
export type ApplicationLink =
  | readonly ["unitId"]
  | readonly ["unit", "departmentId"]
  | readonly ["notice", "committeeId"];

type ReviewStage = {
  code: string;
  label: string;
  /** The role whose holders review at this stage; its scope (src/lib/roles/role-scopes.ts) is the organisation. */
  reviewer: RoleKindCode;
  /**
   * Every role that reads all of its organisation's applications from this stage on (the
   * reviewer's among them, except at 评委会评审): there the 主任委员 reads them all, and an expert
   * only what a meeting puts before them (panelReadableWhere in reviewed-applications.ts).
   */
  readers: readonly RoleKindCode[];
  link: ApplicationLink;
  /**
   * Where the stage's decisions are made: one application at a time on the review page (通过, 退回,
   * 终止审核 through the review router), or by the committee's meetings, ballot and 公示, whose
   * procedures apply the transitions themselves — the review router never acts there.
   */
  decidedBy: "reviewPage" | "committee";
};

/**
 * The review path in order, the only place it is written down (SPEC §7):
 * 推荐单位审核 → 主管部门审核 → 评委会评审 → 公示 → 终审通过. A reviewer takes part in a stage when
 * they hold its role scoped to the organisation the application names through `link`.
 */
export const reviewStages = [
  {
    code: "UNIT_REVIEW",
    label: "推荐单位审核",
    reviewer: "UNIT_REVIEWER",
    readers: ["UNIT_REVIEWER"],
    link: ["unitId"],
    decidedBy: "reviewPage",
  },
  {
    code: "DEPT_REVIEW",
    label: "主管部门审核",
    reviewer: "DEPT_REVIEWER",
    readers: ["DEPT_REVIEWER"],
    link: ["unit", "departmentId"],
    decidedBy: "reviewPage",
  },
  {
    code: "COMMITTEE_REVIEW",
    label: "评委会评审",
    reviewer: "COMMITTEE_MEMBER",
    readers: ["COMMITTEE_CHAIR"],
    link: ["notice", "committeeId"],
    decidedBy: "committee",
  },
  /** 公示: the committee's passed applications, published for objections; its 主任委员 settles them. */
  {
    code: "PUBLICITY",
    label: "公示",
    reviewer: "COMMITTEE_CHAIR",
    readers: ["COMMITTEE_CHAIR"],
    link: ["notice", "committeeId"],
    decidedBy: "committee",
  },
] as const satisfies readonly ReviewStage[];

export type ReviewStageCode = (typeof reviewStages)[number]["code"];

export function reviewStageOf(code: ReviewStageCode): (typeof reviewStages)[number] {
  const stage = reviewStages.find((s) => s.code === code);
  if (!stage) throw new Error(`Unknown review stage ${code}`);
  return stage;
}

/**
 * Where each application status stands in the review (its Chinese label is in
 * src/lib/dictionaries): a draft is the applicant's alone; a submitted or returned application is
 * with its reviewers; a terminated or approved one is settled.
 */
const statusPhase: Record<ApplicationStatusCode, "draft" | "underReview" | "settled"> = {
  DRAFT: "draft",
  SUBMITTED: "underReview",
  RETURNED: "underReview",
  TERMINATED: "settled",
  APPROVED: "settled",
};

const statusesIn = (...phases: (typeof statusPhase)[ApplicationStatusCode][]) =>
  codes(applicationStatuses).filter((s) => phases.includes(statusPhase[s]));

/** Statuses from submission on: reviewers may read the application (drafts are the applicant's alone). */
export const SUBMITTED_STATUSES: readonly ApplicationStatusCode[] = statusesIn("underReview", "settled");

/**
 * Statuses in which the application is with its reviewers: the applicant cannot leave the
 * recommending unit then, because the unit's review would lose its subject.
 */
export const UNDER_REVIEW_STATUSES: readonly ApplicationStatusCode[] = statusesIn("underReview");
