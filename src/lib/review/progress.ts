import type { ApplicationStatusCode } from "@/lib/dictionaries";
import type { FlowActorRoleCode, FlowEventView, FlowPosition } from "./application-transitions";
import { type ReviewStageCode, reviewStages } from "./review-stages";

/**
 * The state of one 流程推送节点: reached and passed (done), where the application is now
 * (current), not reached (pending), or where a stage returned it to the applicant (returned) or
 * ended it (terminated).
 */
export type ProgressNodeState = "done" | "current" | "pending" | "returned" | "terminated";

export type ProgressNodeKey = "APPLICANT" | ReviewStageCode | "FINAL";

export type ProgressNode = {
  key: ProgressNodeKey;
  label: string;
  state: ProgressNodeState;
  /** The event that settled the node (or, for the current node, the last one there), if any. */
  at: Date | null;
  actorRole: FlowActorRoleCode | null;
  opinion: string | null;
  returnedModules: readonly string[];
};

/** 个人申报 → 推荐单位审核 → 主管部门审核 → 评委会评审 → 公示 → 终审通过 */
const nodes: { key: ProgressNodeKey; label: string }[] = [
  { key: "APPLICANT", label: "个人申报" },
  ...reviewStages.map((s) => ({ key: s.code as ProgressNodeKey, label: s.label })),
  { key: "FINAL", label: "终审通过" },
];

export const progressNodeLabels = Object.fromEntries(nodes.map((n) => [n.key, n.label])) as Record<
  ProgressNodeKey,
  string
>;

const stageIndex = (stage: ReviewStageCode) => reviewStages.findIndex((s) => s.code === stage) + 1;

/** Where the node stands, given the application's current position (index 0 is 个人申报, last is 终审通过). */
function stateAt(index: number, { status, stage }: FlowPosition): ProgressNodeState {
  const last = nodes.length - 1;
  if (status === "DRAFT") return index === 0 ? "current" : "pending";
  if (status === "APPROVED") return "done";
  const at = stage ? stageIndex(stage) : last;
  if (index < at) return "done";
  if (index > at) return "pending";
  const states: Record<Exclude<ApplicationStatusCode, "DRAFT" | "APPROVED">, ProgressNodeState> = {
    SUBMITTED: "current",
    RETURNED: "returned",
    TERMINATED: "terminated",
  };
  return states[status];
}

/** The latest event that belongs to node `index`. */
function eventOf(index: number, events: readonly FlowEventView[]): FlowEventView | undefined {
  const key = nodes[index].key;
  const belongs = (e: FlowEventView) =>
    key === "FINAL" ? e.toStatus === "APPROVED" : key === "APPLICANT" ? e.stage === null : e.stage === key;
  return events.filter(belongs).at(-1);
}

/**
 * 流程推送节点: the review path's nodes with their state, derived from the flow events (oldest
 * first) and the application's current position — never stored, so every stage that writes an
 * event shows here without more code. A node the application is at shows the last event there
 * (the 退回 or 终止审核 with its opinion); a node not reached shows nothing.
 */
export function progressNodes(events: readonly FlowEventView[], position: FlowPosition): ProgressNode[] {
  return nodes.map((node, index) => {
    const state = stateAt(index, position);
    const event = state === "pending" ? undefined : eventOf(index, events);
    return {
      key: node.key,
      label: node.label,
      state,
      at: event?.at ?? null,
      actorRole: event?.actorRole ?? null,
      opinion: event?.opinion ?? null,
      returnedModules: event?.returnedModules ?? [],
    };
  });
}

/** What 进度跟踪 shows: the application, its nodes, and every event (the 流转记录). */
export type ApplicationProgress = {
  application: {
    id: string;
    status: ApplicationStatusCode;
    stage: ReviewStageCode | null;
    submittedAt: Date | null;
    noticeTitle: string;
    unitName: string;
  };
  /** 公示: the meeting that passed it and the period (calendar dates), once its results were published. */
  publicity: { meetingName: string; startsOn: string; endsOn: string } | null;
  nodes: ProgressNode[];
  events: FlowEventView[];
};
