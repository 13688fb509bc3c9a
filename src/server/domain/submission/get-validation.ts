import "server-only";
import type { ValidationReport } from "@/lib/submission/problem";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { applicationMessages } from "../application/messages";
import { loadValidationInput } from "./load-validation-input";
import { evaluateRules, RULE_SET_VERSION } from "./validation-rules";

/**
 * 数据验证信息 of the caller's own application as it is saved now: the same rules 提交 runs.
 * Someone else's application is reported as missing, so ids cannot be probed.
 */
export async function getValidation(
  db: Db,
  user: SessionUser,
  applicationId: string,
  now = new Date(),
): Promise<ValidationReport> {
  const input = await loadValidationInput(db, { id: applicationId, applicantId: user.id }, now);
  if (!input) throw new AppError("NOT_FOUND", applicationMessages.notFound);
  return { ruleSetVersion: RULE_SET_VERSION, checkedAt: now, problems: evaluateRules(input).problems };
}
