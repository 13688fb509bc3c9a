import "server-only";
import type { ApplicationContent } from "@/lib/application/content.types";
import { diffContents } from "@/lib/application/diff";
import { actionsAt, type FlowActorRoleCode } from "@/lib/review/application-transitions";
import type { ReviewDetail, SubmittedValidation } from "@/lib/review/review-actions";
import { reviewStageOf } from "@/lib/review/review-stages";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { applicantName } from "@/server/documents/business-forms/values";
import { AppError } from "@/server/errors";
import { applicationMessages } from "../application/messages";
import { readUnitSnapshot } from "../application/unit-snapshot";
import { loadProgress } from "./load-progress";
import { actingApplicationsWhere, reviewerReadableWhere } from "./reviewed-applications";

/**
 * One application as a reviewer reads it: the latest submitted snapshot (never the live tables,
 * which a returned application's applicant may be changing), its validation result, what changed
 * since the previous submission, the flow history, and what the caller may do now — the
 * transition table's actions for the reviewer role of the application's current stage, when the
 * caller reviews that stage for its organisation. Found only through the caller's reviewer scope
 * (reached their stage, their unit / department / committee); anything else is missing.
 */
export async function getReviewDetail(db: Db, user: SessionUser, applicationId: string): Promise<ReviewDetail> {
  const readable = reviewerReadableWhere(user);
  const row = readable
    ? await db.application.findFirst({
        where: { AND: [{ id: applicationId }, readable] },
        select: {
          id: true,
          version: true,
          status: true,
          stage: true,
          submittedAt: true,
          unitSnapshot: true,
          notice: { select: { title: true } },
          submissions: {
            orderBy: { sequence: "desc" },
            take: 2,
            select: { sequence: true, submittedAt: true, content: true, validation: true },
          },
        },
      })
    : null;
  const [latest, previous] = row?.submissions ?? [];
  if (!row || !latest) throw new AppError("NOT_FOUND", applicationMessages.notFound);

  const acting = actingApplicationsWhere(user.roles);
  const actsHere =
    row.stage !== null &&
    acting !== null &&
    (await db.application.count({ where: { AND: [{ id: applicationId }, acting] } })) > 0;
  const actions =
    actsHere && row.stage
      ? actionsAt({ status: row.status, stage: row.stage }, reviewStageOf(row.stage).reviewer as FlowActorRoleCode)
      : [];
  const progress = await loadProgress(db, { id: applicationId });

  const content = latest.content as unknown as ApplicationContent;
  return {
    application: {
      id: row.id,
      version: row.version,
      status: row.status,
      stage: row.stage,
      applicantName: applicantName(content),
      noticeTitle: row.notice.title,
      unitName: readUnitSnapshot(row.unitSnapshot).name,
      submittedAt: row.submittedAt,
    },
    snapshot: {
      sequence: latest.sequence,
      submittedAt: latest.submittedAt,
      content,
      validation: latest.validation as unknown as SubmittedValidation,
      attachments: content.attachments,
    },
    changes: previous ? diffContents(previous.content as unknown as ApplicationContent, content) : null,
    flow: progress?.events ?? [],
    can: {
      pass: actions.includes("PASS"),
      return: actions.includes("RETURN"),
      terminate: actions.includes("TERMINATE"),
    },
  };
}
