import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { type SavedSection, type SaveSectionInput, STALE_FIELD } from "@/lib/application-form/form.types";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { basicInfoQueueColumns } from "@/server/domain/review-queue/queue-columns";
import { isUniqueViolation } from "@/server/domain/shared/unique-violation";
import { AppError } from "@/server/errors";
import { formRulesOf } from "./form-rules";
import { applicationFormMessages as m } from "./messages";
import { parseSection } from "./parse-module-data";
import { runFormMutation } from "./run-form-mutation";

const sectionKey = { model: "ApplicationSection", column: "module", index: "ApplicationSection_pkey" };

/**
 * 保存 of a single-record module. The version the form was loaded with must still be current:
 * null creates the row (a second tab's create then hits the primary key), a number updates only
 * that version. Either way a stale save is refused instead of overwriting the other tab's work.
 */
export async function saveSection(db: Db, user: SessionUser, input: SaveSectionInput): Promise<SavedSection> {
  const { applicationId, module, version } = input;
  return runFormMutation(db, user, { applicationId, module }, async (tx, application) => {
    const data = parseSection(module, input.data, formRulesOf(application.notice, user)) as Prisma.InputJsonObject;
    if (version === null) {
      try {
        await tx.applicationSection.create({ data: { applicationId, module, data } });
      } catch (error) {
        if (isUniqueViolation(error, sectionKey))
          throw new AppError("CONFLICT", m.stale, { field: STALE_FIELD, reason: "STALE_VERSION" });
        throw error;
      }
    } else {
      const { count } = await tx.applicationSection.updateMany({
        where: { applicationId, module, version },
        data: { data, version: { increment: 1 } },
      });
      if (count === 0) throw new AppError("CONFLICT", m.stale, { field: STALE_FIELD, reason: "STALE_VERSION" });
    }
    if (module === "basicInfo") {
      await tx.application.update({ where: { id: applicationId }, data: basicInfoQueueColumns(data) });
    }
    return { result: { version: (version ?? 0) + 1, data }, action: "application.section.save" };
  });
}
