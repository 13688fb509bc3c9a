import "server-only";
import type { ReviewPassManyInput, ReviewPassManyResult } from "@/lib/review/review-actions";
import { reviewStageOf } from "@/lib/review/review-stages";
import { rolesOf, type SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { decideApplication } from "./decide-application";
import { reviewMessages as m } from "./messages";

/**
 * 批量通过 from one stage's queue: each application passed in its own transaction, exactly as one
 * 通过 would be, one after another, so one refused row (at another stage, handled meanwhile by
 * someone else, outside the caller's scope) is reported with its message and never undoes or stops
 * the others. Only the stage's reviewers may ask at all.
 */
export async function passManyApplications(
  db: Db,
  user: SessionUser,
  input: ReviewPassManyInput,
  now = new Date(),
): Promise<ReviewPassManyResult> {
  if (rolesOf(user, reviewStageOf(input.stage).reviewer).length === 0) {
    throw new AppError("FORBIDDEN", m.notReviewer);
  }
  const results: ReviewPassManyResult["results"] = [];
  for (const applicationId of [...new Set(input.applicationIds)]) {
    try {
      await decideApplication(
        db,
        user,
        { applicationId, stage: input.stage, action: "PASS", opinion: input.opinion },
        now,
      );
      results.push({ applicationId, ok: true });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ applicationId, ok: false, message: error.message });
    }
  }
  return { results };
}
