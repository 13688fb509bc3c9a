import "server-only";
import { z } from "zod";
import type { ApplicationContent } from "@/lib/application/content.types";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { loadApplicationContent } from "../application/load-application-content";
import { readableApplicationsWhere } from "../attachment/readable-applications";
import { loadLatestSubmission } from "../submission/load-latest-submission";
import { businessFormMessages as m } from "./messages";

/** What the 业务表册 of an application are made from, and whether that is the draft. */
export type BusinessFormContent = { content: ApplicationContent; draft: boolean };

const applicationId = z.uuid();

/**
 * The content the 业务表册 show: the live draft before submission (the forms follow every save),
 * what was submitted afterwards. Found only among the applications the caller may read — the
 * same rule as the attachments (the applicant's own; reviewers' once submitted) — and anything
 * else, a malformed id included, is the same NOT_FOUND.
 */
export async function loadBusinessFormContent(db: Db, user: SessionUser, id: string): Promise<BusinessFormContent> {
  if (!applicationId.safeParse(id).success) throw new AppError("NOT_FOUND", m.notFound);
  const content = await loadApplicationContent(db, { AND: [{ id }, readableApplicationsWhere(user)] });
  if (!content) throw new AppError("NOT_FOUND", m.notFound);
  const status = content.application.status;
  // The applicant's own editable application (a draft, or one returned for edit) follows every save.
  if (status === "DRAFT") return { content, draft: true };
  if (status === "RETURNED" && (await isOwnApplication(db, user, id))) return { content, draft: true };
  // Otherwise the forms show what was last submitted: the frozen snapshot, never today's rows.
  const submitted = await loadLatestSubmission(db, { AND: [{ id }, readableApplicationsWhere(user)] });
  if (!submitted) throw new AppError("NOT_FOUND", m.notFound);
  return { content: submitted.content, draft: false };
}

async function isOwnApplication(db: Db, user: SessionUser, id: string): Promise<boolean> {
  return (await db.application.count({ where: { id, applicantId: user.id } })) > 0;
}
