import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/** One audited state change: who did what to which entity, and the status it moved between. */
export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  detail?: Prisma.InputJsonValue;
};

type AuditWriter = { auditLog: { create(args: { data: Prisma.AuditLogUncheckedCreateInput }): Promise<unknown> } };

/** Writes an audit entry; call it with the transaction client so it commits with the change. */
export async function recordAudit(tx: AuditWriter, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      fromStatus: entry.fromStatus ?? null,
      toStatus: entry.toStatus ?? null,
      detail: entry.detail,
    },
  });
}
