import type { EditableScope } from "@/lib/application/editability";
import type { ApplicationStatusCode, RoleKindCode } from "@/lib/dictionaries";
import type { ReviewStageCode } from "./review-stages";

/** What a flow event did; codes of the FlowAction database enum. */
export const flowActions = [
  { code: "SUBMIT", label: "提交" },
  { code: "PASS", label: "通过" },
  { code: "RETURN", label: "退回" },
  { code: "TERMINATE", label: "终止审核" },
  { code: "RESUBMIT", label: "重新提交" },
  { code: "APPROVE", label: "终审通过" },
] as const;

export type FlowActionCode = (typeof flowActions)[number]["code"];

/**
 * In which capacity someone acts on an application (the FlowActorRole database enum): its
 * applicant, the reviewer role of a stage (src/lib/review/review-stages.ts), or the system itself.
 */
export type FlowActorRoleCode = "APPLICANT" | Exclude<RoleKindCode, "ADMIN"> | "SYSTEM";

export const flowActorRoles: readonly { code: FlowActorRoleCode; label: string }[] = [
  { code: "APPLICANT", label: "申报人" },
  { code: "UNIT_REVIEWER", label: "推荐单位审核人" },
  { code: "DEPT_REVIEWER", label: "主管部门审核人" },
  { code: "COMMITTEE_MEMBER", label: "评委会" },
  { code: "COMMITTEE_CHAIR", label: "评委会主任委员" },
  { code: "SYSTEM", label: "系统" },
];

/** Where an application stands in its life: its status and, from submission on, its stage. */
export type FlowPosition = { status: ApplicationStatusCode; stage: ReviewStageCode | null };

export type ApplicationTransition = {
  from: FlowPosition;
  action: FlowActionCode;
  actor: FlowActorRoleCode;
  to: FlowPosition;
};

/**
 * The stages whose reviewers decide now (通过, 退回, 终止审核), each passing on to the next stage on
 * the path. 评委会评审 and 公示 decide through review meetings (below), not by one reviewer.
 */
const decidingStages = [
  { stage: "UNIT_REVIEW", actor: "UNIT_REVIEWER", next: "DEPT_REVIEW" },
  { stage: "DEPT_REVIEW", actor: "DEPT_REVIEWER", next: "COMMITTEE_REVIEW" },
] as const satisfies readonly { stage: ReviewStageCode; actor: FlowActorRoleCode; next: ReviewStageCode }[];

/**
 * The application's life cycle, the only place it is written down (SPEC §7): who may do what
 * from where, and where it leads. One row per (status, stage, action, actor role); a move that is
 * not a row here is refused. applyApplicationTransition applies any row the same way.
 *
 * - 提交: the applicant's draft goes to 推荐单位审核.
 * - 通过: a stage's reviewer passes it to the next stage; it stays 已申报.
 * - 退回: a stage's reviewer returns it to the applicant; it stays at that stage, so that
 * - 重新提交 brings it back to the stage that returned it, not to the start.
 * - 终止审核: a stage's reviewer ends it there, for good (no row leaves TERMINATED).
 * - 评委会评审: the 主任委员 applies a meeting's result — 通过 sends it to 公示, 未通过 ends it
 *   (终止审核 with the vote as reason). Nothing is returned from here: the vote is on what was
 *   submitted.
 * - 公示: an upheld objection ends it (终止审核 by the 主任委员); when the period ends with none,
 *   终审通过 — by the scheduled job (SYSTEM) or by the 主任委员 running it.
 */
export const applicationTransitions: readonly ApplicationTransition[] = [
  {
    from: { status: "DRAFT", stage: null },
    action: "SUBMIT",
    actor: "APPLICANT",
    to: { status: "SUBMITTED", stage: "UNIT_REVIEW" },
  },
  ...decidingStages.flatMap(({ stage, actor, next }): ApplicationTransition[] => [
    {
      from: { status: "SUBMITTED", stage },
      action: "PASS",
      actor,
      to: { status: "SUBMITTED", stage: next },
    },
    {
      from: { status: "SUBMITTED", stage },
      action: "RETURN",
      actor,
      to: { status: "RETURNED", stage },
    },
    {
      from: { status: "SUBMITTED", stage },
      action: "TERMINATE",
      actor,
      to: { status: "TERMINATED", stage },
    },
    {
      from: { status: "RETURNED", stage },
      action: "RESUBMIT",
      actor: "APPLICANT",
      to: { status: "SUBMITTED", stage },
    },
  ]),
  {
    from: { status: "SUBMITTED", stage: "COMMITTEE_REVIEW" },
    action: "PASS",
    actor: "COMMITTEE_CHAIR",
    to: { status: "SUBMITTED", stage: "PUBLICITY" },
  },
  {
    from: { status: "SUBMITTED", stage: "COMMITTEE_REVIEW" },
    action: "TERMINATE",
    actor: "COMMITTEE_CHAIR",
    to: { status: "TERMINATED", stage: "COMMITTEE_REVIEW" },
  },
  {
    from: { status: "SUBMITTED", stage: "PUBLICITY" },
    action: "TERMINATE",
    actor: "COMMITTEE_CHAIR",
    to: { status: "TERMINATED", stage: "PUBLICITY" },
  },
  ...(["SYSTEM", "COMMITTEE_CHAIR"] as const).map(
    (actor): ApplicationTransition => ({
      from: { status: "SUBMITTED", stage: "PUBLICITY" },
      action: "APPROVE",
      actor,
      to: { status: "APPROVED", stage: "PUBLICITY" },
    }),
  ),
];

/** The actions `actor` may take on an application at `from`: what a page offers. */
export function actionsAt(from: FlowPosition, actor: FlowActorRoleCode): FlowActionCode[] {
  return applicationTransitions
    .filter((t) => t.from.status === from.status && t.from.stage === from.stage && t.actor === actor)
    .map((t) => t.action);
}

/** The row for `action` by `actor` from `from`, or null when the table has no such move. */
export function findTransition(
  from: FlowPosition,
  action: FlowActionCode,
  actor: FlowActorRoleCode,
): ApplicationTransition | null {
  return (
    applicationTransitions.find(
      (t) => t.from.status === from.status && t.from.stage === from.stage && t.action === action && t.actor === actor,
    ) ?? null
  );
}

/**
 * The 进度跟踪 node an event belongs to: the applicant's moves (提交, 重新提交) are 个人申报 (null);
 * everyone else acts at the stage the application was at.
 */
export function nodeStageOf(transition: ApplicationTransition): ReviewStageCode | null {
  return transition.actor === "APPLICANT" ? null : transition.from.stage;
}

/** A flow event as the browser reads it (进度跟踪). */
export type FlowEventView = {
  sequence: number;
  at: Date;
  action: FlowActionCode;
  /** The node: the stage whose reviewer acted, null for the applicant's 个人申报. */
  stage: ReviewStageCode | null;
  actorRole: FlowActorRoleCode;
  opinion: string | null;
  returnedModules: EditableScope[];
  fromStatus: ApplicationStatusCode;
  toStatus: ApplicationStatusCode;
  fromStage: ReviewStageCode | null;
  toStage: ReviewStageCode | null;
};
