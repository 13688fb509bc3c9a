import "server-only";
import { labelOf, roleKinds } from "@/lib/dictionaries";
import type { Db } from "@/server/db";

type EntityRef = { entityType: string; entityId: string };

/**
 * Display names for the entities on one audit page: one query per entity type present,
 * never one per row. Keys are "Type:id"; deleted or unknown entities are simply absent.
 */
export async function auditEntityNames(db: Db, refs: EntityRef[]): Promise<Map<string, string>> {
  const idsOf = (type: string) => [...new Set(refs.filter((r) => r.entityType === type).map((r) => r.entityId))];
  const lookups: Record<string, (ids: string[]) => Promise<{ id: string; name: string }[]>> = {
    User: (ids) => db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    Department: (ids) => db.department.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    ReviewCommittee: (ids) =>
      db.reviewCommittee.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    Unit: (ids) => db.unit.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    Notice: async (ids) =>
      (await db.notice.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })).map((n) => ({
        id: n.id,
        name: n.title,
      })),
    ReviewMeeting: (ids) => db.reviewMeeting.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    ExpertProfile: async (ids) =>
      (
        await db.expertProfile.findMany({
          where: { id: { in: ids } },
          select: { id: true, user: { select: { name: true } }, committee: { select: { name: true } } },
        })
      ).map((e) => ({ id: e.id, name: `${e.user.name} · ${e.committee.name}` })),
    RoleAssignment: async (ids) =>
      (
        await db.roleAssignment.findMany({
          where: { id: { in: ids } },
          select: { id: true, role: true, user: { select: { name: true } } },
        })
      ).map((r) => ({ id: r.id, name: `${r.user.name} · ${labelOf(roleKinds, r.role)}` })),
  };
  const names = new Map<string, string>();
  await Promise.all(
    Object.entries(lookups).map(async ([type, lookup]) => {
      const ids = idsOf(type);
      if (ids.length === 0) return;
      for (const row of await lookup(ids)) names.set(`${type}:${row.id}`, row.name);
    }),
  );
  return names;
}
