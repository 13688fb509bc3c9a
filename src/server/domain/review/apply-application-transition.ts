import "server-only";
import type { EditableScope } from "@/lib/application/editability";
import type { AuditActionCode } from "@/lib/dictionaries/audit";
import {
  type FlowActionCode,
  type FlowActorRoleCode,
  type FlowPosition,
  findTransition,
  nodeStageOf,
} from "@/lib/review/application-transitions";
import type { Tx } from "@/server/domain/shared/transaction";
import { AppError } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";
import { reviewedMark } from "../review-queue/queue-columns";
import { reviewMessages as m } from "./messages";
import { notifyTransition } from "./notify-transition";

/** The audit action each flow action is recorded as. */
const auditActionOf = {
  SUBMIT: "application.submit",
  PASS: "application.pass",
  RETURN: "application.return",
  TERMINATE: "application.terminate",
  RESUBMIT: "application.resubmit",
  APPROVE: "application.approve",
} as const satisfies Record<FlowActionCode, AuditActionCode>;

export type TransitionRequest = {
  applicationId: string;
  /** Where the caller found the application; the move applies only if it is still there. */
  from: FlowPosition;
  /** With it, also only if no other change was made since (Application.version). */
  version?: number;
  action: FlowActionCode;
  actor: { id: string | null; role: FlowActorRoleCode };
  opinion?: string;
  returnedModules?: EditableScope[];
  /** The snapshot a 提交 or 重新提交 wrote. */
  submissionId?: string;
  now: Date;
  /** What the loser of a race is told, when something more precise than ALREADY_HANDLED's message fits. */
  conflictMessage?: string;
};

/**
 * Moves an application along one row of the transition table (src/lib/review/application-transitions.ts)
 * inside the caller's transaction: one conditional UPDATE on its status, stage (and version), then
 * the flow event with the next number, then the audit entry and the messages it sends (outbox). Of two actors racing (two reviewers,
 * a reviewer and the resubmitting applicant, two tabs) the UPDATE lets exactly one through — the
 * other finds the row moved, changes nothing and is told to refresh; and because the event is
 * written under the row lock that UPDATE took, events are numbered without gaps or duplicates.
 */
export async function applyApplicationTransition(tx: Tx, request: TransitionRequest) {
  const { applicationId, from, version, action, actor, now } = request;
  const conflict = () =>
    new AppError("CONFLICT", request.conflictMessage ?? m.alreadyHandled, { reason: "ALREADY_HANDLED" });
  const transition = findTransition(from, action, actor.role);
  if (!transition) throw conflict();
  const { to } = transition;
  const { count } = await tx.application.updateMany({
    where: { id: applicationId, status: from.status, stage: from.stage, ...(version === undefined ? {} : { version }) },
    data: {
      status: to.status,
      stage: to.stage,
      version: { increment: 1 },
      // The modules the applicant may change exist exactly while returned (a CHECK holds it).
      returnedModules: to.status === "RETURNED" ? [...(request.returnedModules ?? [])] : [],
      ...(action === "SUBMIT" || action === "RESUBMIT" ? { submittedAt: now } : {}),
      ...reviewedMark(action, nodeStageOf(transition), now),
    },
  });
  if (count === 0) throw conflict();
  const last = await tx.flowEvent.aggregate({ where: { applicationId }, _max: { sequence: true } });
  const event = await tx.flowEvent.create({
    data: {
      applicationId,
      sequence: (last._max.sequence ?? 0) + 1,
      at: now,
      action,
      stage: nodeStageOf(transition),
      actorId: actor.id,
      actorRole: actor.role,
      opinion: request.opinion ?? null,
      returnedModules: request.returnedModules ?? [],
      fromStatus: from.status,
      toStatus: to.status,
      fromStage: from.stage,
      toStage: to.stage,
      submissionId: request.submissionId ?? null,
    },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action: auditActionOf[action],
    entityType: "Application",
    entityId: applicationId,
    fromStatus: from.status,
    toStatus: to.status,
    detail: {
      fromStage: from.stage,
      toStage: to.stage,
      flowEvent: event.sequence,
      ...(request.opinion ? { opinion: request.opinion } : {}),
      ...(request.returnedModules?.length ? { returnedModules: request.returnedModules } : {}),
      ...(request.submissionId ? { submissionId: request.submissionId } : {}),
    },
  });
  await notifyTransition(tx, {
    applicationId,
    transition,
    opinion: request.opinion,
    returnedModules: request.returnedModules,
  });
  return { transition, event };
}
