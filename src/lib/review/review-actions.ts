import { z } from "zod";
import type { ApplicationContent, ContentAttachment } from "@/lib/application/content.types";
import type { ApplicationDiff } from "@/lib/application/diff";
import { type EditableScope, editableScopes } from "@/lib/application/editability";
import type { ApplicationStatusCode } from "@/lib/dictionaries";
import type { Problem } from "@/lib/submission/problem";
import { recordId } from "@/lib/validation/record-id";
import { safeText } from "@/lib/validation/text";
import type { FlowEventView } from "./application-transitions";
import { type ReviewStageCode, reviewStages } from "./review-stages";

/** The most characters an opinion or a reason takes: a paragraph, as the peer systems allow. */
export const OPINION_MAX_LENGTH = 500;

/** The most applications one 批量通过 takes: one page of a queue. */
export const BATCH_MAX = 50;

/**
 * What the review's forms are told, at the field. This file is the contract between the review
 * pages and src/server/api/routers/review.ts: browser-safe, the pages import it, the server
 * implements it.
 */
export const reviewActionMessages = {
  opinionTooLong: `审核意见不能超过${OPINION_MAX_LENGTH}个字`,
  opinionRequired: "请填写退回意见",
  reasonRequired: "请填写终止审核的理由",
  reasonTooLong: `终止审核的理由不能超过${OPINION_MAX_LENGTH}个字`,
  modulesRequired: "请至少选择一个退回修改的模块",
  batchEmpty: "请至少选择一条申报",
  batchTooLarge: `一次最多批量通过${BATCH_MAX}条申报`,
} as const;

const m = reviewActionMessages;
const applicationId = recordId();
/** The Application.version the reviewer's page was loaded with: a change since then is refused. */
const version = z.number().int().min(0);

/** 审核意见 of 通过: optional; an empty one is none. */
const optionalOpinion = safeText()
  .trim()
  .max(OPINION_MAX_LENGTH, m.opinionTooLong)
  .optional()
  .transform((v) => (v ? v : undefined));

/** 退回意见: the applicant reads it to know what to change, so it must say something. */
const requiredOpinion = safeText(m.opinionRequired)
  .trim()
  .min(1, m.opinionRequired)
  .max(OPINION_MAX_LENGTH, m.opinionTooLong);

const requiredReason = safeText(m.reasonRequired)
  .trim()
  .min(1, m.reasonRequired)
  .max(OPINION_MAX_LENGTH, m.reasonTooLong);

const reviewStageCodes = reviewStages.map((s) => s.code) as [ReviewStageCode, ...ReviewStageCode[]];

export const reviewGetInput = z.object({ applicationId });

export const reviewPassInput = z.object({ applicationId, version, opinion: optionalOpinion });

export const reviewReturnInput = z.object({
  applicationId,
  version,
  opinion: requiredOpinion,
  /** 退回修改的模块: form modules and 材料附件信息, each at most once. */
  modules: z
    .array(z.enum(editableScopes as unknown as [EditableScope, ...EditableScope[]]), { message: m.modulesRequired })
    .min(1, m.modulesRequired)
    .max(editableScopes.length)
    .transform((modules) => [...new Set(modules)]),
});

export const reviewTerminateInput = z.object({ applicationId, version, reason: requiredReason });

export const reviewPassManyInput = z.object({
  /** The stage the queue is of: a row at another stage is refused, not passed there. */
  stage: z.enum(reviewStageCodes),
  applicationIds: z.array(applicationId).min(1, m.batchEmpty).max(BATCH_MAX, m.batchTooLarge),
  opinion: optionalOpinion,
});

export type ReviewGetInput = z.output<typeof reviewGetInput>;
export type ReviewPassInput = z.output<typeof reviewPassInput>;
export type ReviewReturnInput = z.output<typeof reviewReturnInput>;
export type ReviewTerminateInput = z.output<typeof reviewTerminateInput>;
export type ReviewPassManyInput = z.output<typeof reviewPassManyInput>;

/** The 数据验证信息 rules as evaluated at submission, stored with the snapshot. */
export type SubmittedValidation = {
  checkedAt: string;
  rules: { rule: string; description: string; problems: Problem[] }[];
};

/** review.get: one application as its reviewer at the current stage sees it. */
export type ReviewDetail = {
  application: {
    id: string;
    /** Send it back with 通过 / 退回 / 终止审核: a change since is refused as already handled. */
    version: number;
    status: ApplicationStatusCode;
    stage: ReviewStageCode | null;
    applicantName: string;
    noticeTitle: string;
    unitName: string;
    submittedAt: Date | null;
  };
  /** The latest submitted snapshot: what the reviewer reviews (never the live tables). */
  snapshot: {
    sequence: number;
    submittedAt: Date;
    content: ApplicationContent;
    validation: SubmittedValidation;
    /** The snapshot's files; each id opens with /api/files/<id> while the file exists. */
    attachments: ContentAttachment[];
  };
  /** What changed since the previous submission; null on the first. */
  changes: ApplicationDiff | null;
  /** 流程推送: every flow event, oldest first. */
  flow: FlowEventView[];
  /** What the caller may do now. */
  can: { pass: boolean; return: boolean; terminate: boolean };
};

/** 通过 / 退回 / 终止审核: where the application is now. */
export type ReviewActionResult = { status: ApplicationStatusCode; stage: ReviewStageCode | null };

/** 批量通过: one result per application asked for, in the order asked; a refused row carries its message. */
export type ReviewPassManyResult = {
  results: { applicationId: string; ok: boolean; message?: string }[];
};
