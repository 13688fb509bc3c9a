import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AuditActionCode, AuditDetailKey, AuditEntityTypeCode } from "@/lib/dictionaries/audit";

/** Audit detail: only keys the audit log has a label for (src/lib/dictionaries/audit.ts). */
export type AuditDetail = { [K in AuditDetailKey]?: Prisma.InputJsonValue | null };

/** One audited state change: who did what to which entity, and the status it moved between. */
export type AuditEntry = {
  actorId: string | null;
  action: AuditActionCode;
  entityType: AuditEntityTypeCode;
  entityId: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  detail?: AuditDetail;
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
      detail: entry.detail as Prisma.InputJsonValue | undefined,
    },
  });
}
