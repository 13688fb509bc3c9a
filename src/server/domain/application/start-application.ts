import "server-only";
import type { Db } from "@/server/db";
import { isUniqueViolation, type UniqueKey } from "@/server/domain/shared/unique-violation";
import { AppError } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";
import { getApprovedBinding } from "../binding/get-approved-binding";
import { assertAcceptingApplications } from "../notice/assert-accepting-applications";
import type { StartApplicationInput } from "./application.schema";
import { applicationMessages } from "./messages";
import { unitSnapshotOf } from "./unit-snapshot";

const ONE_PER_NOTICE: UniqueKey = { model: "Application", column: "noticeId", index: "application_one_per_notice" };

export type StartedApplication = { id: string; created: boolean };

function findOwn(db: Db, applicantId: string, noticeId: string) {
  return db.application.findUnique({
    where: { applicantId_noticeId: { applicantId, noticeId } },
    select: { id: true },
  });
}

/**
 * 申报: opens the caller's draft application under a notice, creating it on the first click.
 * An existing application is returned before the window is checked: reopening one's own draft is
 * not starting a new application. Uniqueness is the database's job (application_one_per_notice),
 * so a double click or two tabs racing each other end on the same row rather than an error.
 */
export async function startApplication(
  db: Db,
  applicantId: string,
  input: StartApplicationInput,
  now = new Date(),
): Promise<StartedApplication> {
  const existing = await findOwn(db, applicantId, input.noticeId);
  if (existing) return { id: existing.id, created: false };

  const notice = await db.notice.findUnique({
    where: { id: input.noticeId },
    select: { id: true, title: true, status: true, startsAt: true, endsAt: true, series: true },
  });
  assertAcceptingApplications(notice, now);
  const binding = await getApprovedBinding(db, applicantId);
  if (!binding) throw new AppError("BAD_REQUEST", applicationMessages.bindingRequired);
  const unit = unitSnapshotOf(binding.unit);

  try {
    return await db.$transaction(async (tx) => {
      const application = await tx.application.create({
        data: {
          applicantId,
          noticeId: input.noticeId,
          unitId: unit.id,
          unitSnapshot: unit,
          // The reviewer queues' copies (schema.prisma): the notice's series, the unit's department.
          series: notice.series,
          departmentId: binding.unit.department.id,
        },
        select: { id: true, status: true },
      });
      await recordAudit(tx, {
        actorId: applicantId,
        action: "application.create",
        entityType: "Application",
        entityId: application.id,
        toStatus: application.status,
        detail: { notice: notice.title, unit },
      });
      return { id: application.id, created: true };
    });
  } catch (error) {
    if (!isUniqueViolation(error, ONE_PER_NOTICE)) throw error;
    const winner = await findOwn(db, applicantId, input.noticeId);
    if (!winner) throw error;
    return { id: winner.id, created: false };
  }
}
