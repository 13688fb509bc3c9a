import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ListAuditLogInput } from "@/lib/admin/audit/audit.schema";
import { fromShanghaiLocalInput } from "@/lib/datetime";
import type { Db } from "@/server/db";
import { paged, pageWindow } from "@/server/domain/shared/pagination";
import { nameAuditRows } from "./audit-names";

const DAY_MS = 24 * 3600_000;

/** The audit trail, newest first; date bounds are whole days in Asia/Shanghai. */
export async function listAuditLog(db: Db, input: ListAuditLogInput) {
  const at: Prisma.DateTimeFilter = {};
  if (input.from) at.gte = fromShanghaiLocalInput(`${input.from}T00:00`);
  if (input.to) at.lt = new Date(fromShanghaiLocalInput(`${input.to}T00:00`).getTime() + DAY_MS);
  const where: Prisma.AuditLogWhereInput = {
    ...(input.action ? { action: input.action } : {}),
    ...(input.entityType ? { entityType: input.entityType } : {}),
    ...(input.from || input.to ? { at } : {}),
  };
  const { items, ...page } = await paged(
    input,
    db.auditLog.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      ...pageWindow(input),
      select: {
        id: true,
        at: true,
        action: true,
        entityType: true,
        entityId: true,
        fromStatus: true,
        toStatus: true,
        detail: true,
        actor: { select: { name: true } },
      },
    }),
    db.auditLog.count({ where }),
  );
  const named = await nameAuditRows(
    db,
    items.map(({ actor, ...entry }) => ({ ...entry, actorName: actor?.name ?? null })),
  );
  return { ...page, items: named };
}
