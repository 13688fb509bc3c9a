import "server-only";
import { hallRoutes } from "@/components/hall/routes";
import { workspaceOf } from "@/components/workspaces";
import type { EditableScope } from "@/lib/application/editability";
import { scopeLabel } from "@/lib/application/scope-label";
import type { ApplicationTransition } from "@/lib/review/application-transitions";
import { type ReviewStageCode, reviewStageOf } from "@/lib/review/review-stages";
import type { Tx } from "@/server/domain/shared/transaction";
import { enqueueNotifications, type OutgoingNotification } from "../notifications/enqueue-notifications";
import { stageReviewerIds } from "../notifications/stage-reviewers";

/**
 * Where a stage's reviewers open the application: its review page in their workspace
 * (/unit/applications/<id>, /dept/applications/<id>); the workspace itself for a stage without one.
 */
function reviewLinkOf(stage: ReviewStageCode, applicationId: string): string {
  const role = reviewStageOf(stage).reviewer;
  const workspace = workspaceOf(role)?.href;
  if (!workspace) return hallRoutes.hall;
  return stage === "UNIT_REVIEW" || stage === "DEPT_REVIEW" ? `${workspace}/applications/${applicationId}` : workspace;
}

type Moved = {
  applicationId: string;
  transition: ApplicationTransition;
  opinion?: string;
  returnedModules?: readonly EditableScope[];
};

/**
 * The messages a transition sends, written in its transaction (the outbox): nothing is sent for a
 * move that rolls back. The applicant hears of every reviewer's decision (通过 to the next stage,
 * 退回 with the opinion and modules, 终止审核 with the reason) and that their 提交 went through; the
 * reviewers of the stage the application arrives at find it in their queue (提交, 通过), and the
 * stage that returned it hears that it came back (重新提交).
 */
export async function notifyTransition(tx: Tx, { applicationId, transition, opinion, returnedModules }: Moved) {
  const application = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: { applicantId: true, applicant: { select: { name: true } }, notice: { select: { title: true } } },
  });
  const noticeTitle = application.notice.title;
  const applicantName = application.applicant.name;
  const applicant = { recipientId: application.applicantId, applicationId };
  const toReviewers = async (kind: "REVIEW_ARRIVED" | "REVIEW_RESUBMITTED", stage: ReviewStageCode) =>
    (await stageReviewerIds(tx, stage, applicationId)).map(
      (recipientId): OutgoingNotification => ({
        kind,
        recipientId,
        params: { noticeTitle, applicantName, stage },
        applicationId,
        link: reviewLinkOf(stage, applicationId),
      }),
    );

  const { from, to, action } = transition;
  const messages: OutgoingNotification[] = [];
  switch (action) {
    case "SUBMIT":
      messages.push(
        {
          ...applicant,
          kind: "APPLICATION_SUBMITTED",
          params: { noticeTitle },
          link: hallRoutes.progress(applicationId),
        },
        ...(to.stage ? await toReviewers("REVIEW_ARRIVED", to.stage) : []),
      );
      break;
    case "PASS":
      // Into 公示: the chair published it, and the applicant hears of the period in the message
      // publishing writes (publish-meeting-results.ts), which only it knows.
      if (to.stage === "PUBLICITY") break;
      if (from.stage)
        messages.push({
          ...applicant,
          kind: "APPLICATION_PASSED",
          params: { noticeTitle, stage: from.stage, opinion: opinion ?? null },
          link: hallRoutes.progress(applicationId),
        });
      if (to.stage) messages.push(...(await toReviewers("REVIEW_ARRIVED", to.stage)));
      break;
    case "RETURN":
      if (from.stage)
        messages.push({
          ...applicant,
          kind: "APPLICATION_RETURNED",
          params: {
            noticeTitle,
            stage: from.stage,
            opinion: opinion ?? "",
            modules: (returnedModules ?? []).map(scopeLabel),
          },
          link: hallRoutes.application(applicationId),
        });
      break;
    case "TERMINATE":
      if (from.stage)
        messages.push({
          ...applicant,
          kind: "APPLICATION_TERMINATED",
          params: { noticeTitle, stage: from.stage, reason: opinion ?? "" },
          link: hallRoutes.progress(applicationId),
        });
      break;
    case "APPROVE":
      messages.push({
        ...applicant,
        kind: "APPLICATION_APPROVED",
        params: { noticeTitle },
        link: hallRoutes.progress(applicationId),
      });
      break;
    case "RESUBMIT":
      if (to.stage) messages.push(...(await toReviewers("REVIEW_RESUBMITTED", to.stage)));
      break;
  }
  await enqueueNotifications(tx, messages);
}
