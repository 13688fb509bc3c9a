import "server-only";
import type { ModuleKey } from "@/lib/application-form/modules";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import type { Tx } from "@/server/domain/shared/transaction";
import { isUniqueViolation } from "@/server/domain/shared/unique-violation";
import { AppError } from "@/server/errors";
import { type AuditDetail, recordAudit } from "../audit/record-audit";
import { type EntryTable, entryTables, expertSlotIndex } from "./entry-tables";
import { type LockedApplication, lockEditableApplication } from "./lock-editable-application";
import { applicationFormMessages as m } from "./messages";

type Target = { applicationId: string; module: ModuleKey };

export type MutationOutcome<T> = {
  result: T;
  action:
    | "application.section.save"
    | "application.entry.add"
    | "application.entry.update"
    | "application.entry.delete";
  detail?: Pick<AuditDetail, "representativeMovedFrom" | "filesDeleted"> & { entryId: string };
};

/** The database indexes that back the 参评 and 破格推荐专家 limits. */
const tables: EntryTable[] = Object.values(entryTables);
const limitIndexes = [expertSlotIndex, ...tables.flatMap((t) => (t.mark ? [t.mark.index] : []))];
const isLimitViolation = (error: unknown) => limitIndexes.some((key) => isUniqueViolation(error, key));

/**
 * One change to the form: locks the caller's editable application, runs `work`, and records the
 * audit entry, all in one transaction. Should a limit index still refuse a write (a writer that
 * bypassed the application lock), the change is retried once so the refusal names the holders.
 */
export async function runFormMutation<T>(
  db: Db,
  user: SessionUser,
  target: Target,
  work: (tx: Tx, application: LockedApplication) => Promise<MutationOutcome<T>>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const application = await lockEditableApplication(tx, user.id, target.applicationId, target.module);
        const { result, action, detail } = await work(tx, application);
        await recordAudit(tx, {
          actorId: user.id,
          action,
          entityType: "Application",
          entityId: application.id,
          detail: { module: target.module, ...detail },
        });
        return result;
      });
    } catch (error) {
      if (!isLimitViolation(error)) throw error;
      if (attempt === 1) continue;
      throw target.module === "exceptionalExperts"
        ? new AppError("CONFLICT", m.expertsFull, { reason: "EXPERTS_FULL" })
        : new AppError("CONFLICT", m.markChanged, { field: "representative", reason: "MARK_CHANGED" });
    }
  }
}
