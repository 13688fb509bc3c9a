import "server-only";
import { z } from "zod";
import type { ApplicationContent } from "@/lib/application/content.types";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { loadApplicationContent } from "../application/load-application-content";
import { readableApplicationsWhere } from "../attachment/readable-applications";
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
  if (content.application.status === "DRAFT") return { content, draft: true };
  // Past DRAFT the forms show what was submitted. This branch stores no submission snapshot yet:
  // until it does, the rows are what was submitted, as only the modules a reviewer returned can
  // change again (src/lib/application/editability.ts).
  return { content, draft: false };
}
