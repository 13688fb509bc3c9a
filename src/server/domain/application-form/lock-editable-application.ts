import "server-only";
import type { EditableScope } from "@/lib/application/editability";
import type { Tx } from "@/server/domain/shared/transaction";
import { AppError } from "@/server/errors";
import { applicationMessages } from "../application/messages";
import { assertModuleEditable, editableCheckSelect } from "./assert-module-editable";

/**
 * Opens a change to one module of the caller's application: bumps Application.version first,
 * which takes the row's lock until the transaction ends. Every form mutation of an application
 * (and any status transition, which writes the same row) therefore runs one after the other, so
 * the status checked here cannot change before commit and 参评 holders read later are current.
 * Someone else's application is reported as missing, so ids cannot be probed.
 */
export async function lockEditableApplication(
  tx: Tx,
  applicantId: string,
  applicationId: string,
  scope: EditableScope,
) {
  const { count } = await tx.application.updateMany({
    where: { id: applicationId, applicantId },
    data: { version: { increment: 1 } },
  });
  if (count === 0) throw new AppError("NOT_FOUND", applicationMessages.notFound);
  const application = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: { id: true, ...editableCheckSelect, notice: { select: { levels: true, startsAt: true } } },
  });
  assertModuleEditable(application, applicantId, scope);
  return application;
}

export type LockedApplication = Awaited<ReturnType<typeof lockEditableApplication>>;
