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
 * The application's life cycle, the only place it is written down (SPEC §7): who may do what
 * from where, and where it leads. One row per (status, stage, action, actor role); a move that is
 * not a row here is refused. The review adds rows (通过, 退回, 终止审核, 重新提交 to the stage
 * that returned it), never code: applyApplicationTransition applies any row the same way.
 */
export const applicationTransitions: readonly ApplicationTransition[] = [
  {
    from: { status: "DRAFT", stage: null },
    action: "SUBMIT",
    actor: "APPLICANT",
    to: { status: "SUBMITTED", stage: "UNIT_REVIEW" },
  },
];

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
