import "server-only";
import { hallRoutes } from "@/components/hall/routes";
import { workspaceOf } from "@/components/workspaces";
import type { Tx } from "@/server/domain/shared/transaction";
import { enqueueNotifications } from "../notifications/enqueue-notifications";
import { roleHolderIds } from "../notifications/role-holders";

const unitWorkspace = workspaceOf("UNIT_REVIEWER")!.href;

/** Tells the reviewers of `unit` that `applicantId` asks to be bound to it (in the request's transaction). */
export async function notifyBindingRequested(tx: Tx, applicantId: string, unit: { id: string; name: string }) {
  const applicant = await tx.user.findUniqueOrThrow({ where: { id: applicantId }, select: { name: true } });
  const reviewerIds = await roleHolderIds(tx, "UNIT_REVIEWER", unit.id);
  await enqueueNotifications(
    tx,
    reviewerIds.map((recipientId) => ({
      kind: "BINDING_REQUESTED" as const,
      recipientId,
      params: { applicantName: applicant.name, unitName: unit.name },
      link: unitWorkspace,
    })),
  );
}

/** Tells the applicant how the unit decided their binding (in the decision's transaction). */
export async function notifyBindingDecided(
  tx: Tx,
  binding: { userId: string; unit: { name: string } },
  decision: { approved: true } | { approved: false; reason: string },
) {
  await enqueueNotifications(tx, [
    decision.approved
      ? {
          kind: "BINDING_APPROVED",
          recipientId: binding.userId,
          params: { unitName: binding.unit.name },
          link: hallRoutes.binding,
        }
      : {
          kind: "BINDING_REJECTED",
          recipientId: binding.userId,
          params: { unitName: binding.unit.name, reason: decision.reason },
          link: hallRoutes.binding,
        },
  ]);
}
