import type { BindingStatusCode } from "@/lib/dictionaries";

/** Who may apply a transition: the applicant on their own binding, or a reviewer of its unit. */
type Actor = "applicant" | "unit";

type Transition = {
  from: BindingStatusCode;
  to: BindingStatusCode;
  by: Actor;
  /** Which timestamp records the step: the unit's decision, or the applicant ending it. */
  stampField: "decidedAt" | "endedAt";
};

/**
 * The binding life cycle, the only place it is written down:
 * 待审核 → 已绑定 | 已驳回 (the unit decides) | 已撤回 (the applicant withdraws);
 * 已绑定 → 已解绑 (the applicant leaves the unit). Ended bindings stay as history.
 */
export const bindingTransitions = {
  approve: { from: "PENDING", to: "APPROVED", by: "unit", stampField: "decidedAt" },
  reject: { from: "PENDING", to: "REJECTED", by: "unit", stampField: "decidedAt" },
  withdraw: { from: "PENDING", to: "WITHDRAWN", by: "applicant", stampField: "endedAt" },
  unbind: { from: "APPROVED", to: "UNBOUND", by: "applicant", stampField: "endedAt" },
} as const satisfies Record<string, Transition>;

export type BindingTransition = keyof typeof bindingTransitions;

/** PENDING and APPROVED hold the person's single binding slot (the partial unique index). */
export const ACTIVE_BINDING_STATUSES = ["PENDING", "APPROVED"] as const satisfies readonly BindingStatusCode[];

export function isActiveBindingStatus(status: BindingStatusCode): boolean {
  return (ACTIVE_BINDING_STATUSES as readonly BindingStatusCode[]).includes(status);
}

/** The applicant's way out of an active binding (both shown as 「解除绑定」), or null when it has ended. */
export function releaseTransitionFor(status: BindingStatusCode): "withdraw" | "unbind" | null {
  if (status === bindingTransitions.withdraw.from) return "withdraw";
  if (status === bindingTransitions.unbind.from) return "unbind";
  return null;
}
