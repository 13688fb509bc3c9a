import "server-only";
import type { ApplicationProgress } from "@/lib/review/progress";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { applicationMessages } from "../application/messages";
import { loadProgress } from "./load-progress";

/** 进度跟踪 of one of the caller's own applications; anyone else's is reported as missing. */
export async function getMyProgress(db: Db, applicantId: string, applicationId: string): Promise<ApplicationProgress> {
  const progress = await loadProgress(db, { id: applicationId, applicantId });
  if (!progress) throw new AppError("NOT_FOUND", applicationMessages.notFound);
  return progress;
}
