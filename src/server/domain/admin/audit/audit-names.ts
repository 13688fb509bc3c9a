import "server-only";
import { entryModuleOf } from "@/lib/application-form/entry-fields";
import { type EntryModuleKey, entryModuleKeys } from "@/lib/application-form/modules";
import { attachmentSlots } from "@/lib/attachments/slots";
import { labelOf, roleKinds } from "@/lib/dictionaries";
import { type AuditReferenceKind, auditDetailKeys, isAuditDetailKey } from "@/lib/dictionaries/audit";
import type { Db } from "@/server/db";
import { entryDelegate } from "@/server/domain/application-form/entry-tables";
import type { Tx } from "@/server/domain/shared/transaction";

type AuditRow = { entityType: string; entityId: string; detail: unknown };
type Named = { id: string; name: string };

/** 「申报人 · 通知标题」: how an application is named wherever the audit log mentions it. */
const applicationName = (a: { applicant: { name: string }; notice: { title: string } }) =>
  `${a.applicant.name} · ${a.notice.title}`;
const applicationSelect = { id: true, applicant: { select: { name: true } }, notice: { select: { title: true } } };

/** One query per kind of record, whatever the number of rows that name it. */
function lookups(db: Db): Record<string, (ids: string[]) => Promise<Named[]>> {
  const byId = (ids: string[]) => ({ where: { id: { in: ids } } });
  return {
    User: (ids) => db.user.findMany({ ...byId(ids), select: { id: true, name: true } }),
    Department: (ids) => db.department.findMany({ ...byId(ids), select: { id: true, name: true } }),
    ReviewCommittee: (ids) => db.reviewCommittee.findMany({ ...byId(ids), select: { id: true, name: true } }),
    Unit: (ids) => db.unit.findMany({ ...byId(ids), select: { id: true, name: true } }),
    ReviewMeeting: (ids) => db.reviewMeeting.findMany({ ...byId(ids), select: { id: true, name: true } }),
    Notice: async (ids) =>
      (await db.notice.findMany({ ...byId(ids), select: { id: true, title: true } })).map((n) => ({
        id: n.id,
        name: n.title,
      })),
    Application: async (ids) =>
      (await db.application.findMany({ ...byId(ids), select: applicationSelect })).map((a) => ({
        id: a.id,
        name: applicationName(a),
      })),
    PublicityObjection: async (ids) =>
      (
        await db.publicityObjection.findMany({
          ...byId(ids),
          select: { id: true, publicity: { select: { application: { select: applicationSelect } } } },
        })
      ).map((o) => ({ id: o.id, name: applicationName(o.publicity.application) })),
    UnitBinding: async (ids) =>
      (
        await db.unitBinding.findMany({
          ...byId(ids),
          select: { id: true, user: { select: { name: true } }, unit: { select: { name: true } } },
        })
      ).map((b) => ({ id: b.id, name: `${b.user.name} · ${b.unit.name}` })),
    ExpertProfile: async (ids) =>
      (
        await db.expertProfile.findMany({
          ...byId(ids),
          select: { id: true, user: { select: { name: true } }, committee: { select: { name: true } } },
        })
      ).map((e) => ({ id: e.id, name: `${e.user.name} · ${e.committee.name}` })),
    RoleAssignment: async (ids) =>
      (
        await db.roleAssignment.findMany({
          ...byId(ids),
          select: { id: true, role: true, user: { select: { name: true } } },
        })
      ).map((r) => ({ id: r.id, name: `${r.user.name} · ${labelOf(roleKinds, r.role)}` })),
    HolidayYear: async (ids) => ids.map((id) => ({ id, name: `${id}年` })),
    ...Object.fromEntries(
      entryModuleKeys.map((module) => [
        `entry:${module}`,
        async (ids: string[]) => {
          const titleField = entryModuleOf(module).titleField;
          const rows = await entryDelegate(db as unknown as Tx, module).findMany({ where: { id: { in: ids } } });
          return rows.map((r) => ({ id: r.id, name: String(r[titleField] ?? "") }));
        },
      ]),
    ),
  };
}

/** Which table an id of each reference kind points into. */
const referenceTables: Record<Exclude<AuditReferenceKind, "entry">, string> = {
  application: "Application",
  expert: "ExpertProfile",
  committee: "ReviewCommittee",
  user: "User",
  notice: "Notice",
};

/** The entry module a form or attachment entry names: the audited module, or the module of the proof's slot. */
function entryModuleOfDetail(detail: Record<string, unknown>): EntryModuleKey | null {
  if (typeof detail.module === "string" && (entryModuleKeys as string[]).includes(detail.module))
    return detail.module as EntryModuleKey;
  const slot = typeof detail.slot === "string" ? attachmentSlots[detail.slot as keyof typeof attachmentSlots] : null;
  return slot?.place.kind === "entry" ? slot.place.module : null;
}

/** The (lookup, id) pairs a row names: its entity, and every id among its detail's values. */
function referencesOf(row: AuditRow): [string, string][] {
  const refs: [string, string][] = [[row.entityType, row.entityId]];
  if (!row.detail || typeof row.detail !== "object" || Array.isArray(row.detail)) return refs;
  const detail = row.detail as Record<string, unknown>;
  for (const [key, value] of Object.entries(detail)) {
    if (!isAuditDetailKey(key)) continue;
    const kind = auditDetailKeys[key].kind;
    const ids = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
    if (kind === "entry") {
      const module = entryModuleOfDetail(detail);
      if (module) for (const id of ids) refs.push([`entry:${module}`, id]);
    } else if (kind in referenceTables) {
      for (const id of ids) refs.push([referenceTables[kind as keyof typeof referenceTables], id]);
    }
  }
  return refs;
}

/**
 * Names for every record one audit page mentions — each row's entity and the ids in its detail
 * (申报 as 「申报人 · 通知标题」, experts, committees, people, notices, entries by their title) —
 * with one query per kind of record, never one per row. Per row: `entityName`, and `names` by id
 * for its detail; a deleted record has no name.
 */
export async function nameAuditRows<R extends AuditRow>(
  db: Db,
  rows: R[],
): Promise<(R & { entityName: string | null; names: Record<string, string> })[]> {
  const refs = rows.map(referencesOf);
  const wanted = new Map<string, Set<string>>();
  for (const [kind, id] of refs.flat()) wanted.set(kind, (wanted.get(kind) ?? new Set()).add(id));
  const tables = lookups(db);
  const found = new Map<string, string>();
  await Promise.all(
    [...wanted].map(async ([kind, ids]) => {
      const lookup = tables[kind];
      if (!lookup) return;
      for (const row of await lookup([...ids])) found.set(`${kind}:${row.id}`, row.name);
    }),
  );
  return rows.map((row, i) => {
    const [entity, ...inDetail] = refs[i] ?? [];
    const names: Record<string, string> = {};
    for (const [kind, id] of inDetail) {
      const name = found.get(`${kind}:${id}`);
      if (name !== undefined) names[id] = name;
    }
    return { ...row, entityName: entity ? (found.get(`${entity[0]}:${entity[1]}`) ?? null) : null, names };
  });
}
