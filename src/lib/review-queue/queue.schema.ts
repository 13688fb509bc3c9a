import { z } from "zod";
import { codes, type TitleLevelCode, titleLevels, titleSeries } from "@/lib/dictionaries";
import { applicationCategories, exceptionalCategories } from "@/lib/dictionaries/application-form";
import { searchField } from "@/lib/pagination";
import type { FlowActionCode } from "@/lib/review/application-transitions";
import type { ReviewStageCode } from "@/lib/review/review-stages";
import { optionalChosenId } from "@/lib/validation/record-id";
import { reviewQueueMessages as m } from "./messages";

/**
 * The reviewer queues' contract (申报审核 of /unit and /dept): the inputs of reviewQueue.list,
 * reviewQueue.counts and the Excel export, and what they return. Browser-safe.
 */

/** The stages that have a queue in a workspace: 推荐单位审核 (/unit) and 主管部门审核 (/dept). */
export const queueStages = ["UNIT_REVIEW", "DEPT_REVIEW"] as const satisfies readonly ReviewStageCode[];
export type QueueStage = (typeof queueStages)[number];

/** 待审核 (at the stage now) and 已审核 (the stage decided, and it is not back at the stage). */
export const queueTabs = ["pending", "done"] as const;
export type QueueTab = (typeof queueTabs)[number];

/** 申报类别 as a filter: 正常申报, any 破格, or one kind of 破格. */
export const categoryFilters = [
  ...applicationCategories.map(({ code, label }) => ({
    code,
    label: code === "EXCEPTIONAL" ? `${label}（全部）` : label,
  })),
  ...exceptionalCategories,
];
export type CategoryFilter = (typeof categoryFilters)[number]["code"];

export const QUEUE_PAGE_MAX = 50;

/** A day of the date pickers (Asia/Shanghai), "" when none is chosen. */
const day = z
  .string()
  .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))), m.badDate)
  .optional()
  .transform((v) => v || undefined);

const optionalCode = <C extends string>(values: [C, ...C[]]) =>
  z
    .union([z.enum(values), z.literal("")])
    .optional()
    .transform((v) => v || undefined);

export const queueFiltersSchema = z
  .object({
    noticeId: optionalChosenId()
      .optional()
      .transform((v) => v || undefined),
    series: optionalCode(codes(titleSeries)),
    level: optionalCode(codes(titleLevels)),
    category: optionalCode(codes(categoryFilters)),
    submittedFrom: day,
    submittedTo: day,
    /** 姓名 (its beginning) or a whole 身份证号. */
    q: searchField,
  })
  .refine((f) => !f.submittedFrom || !f.submittedTo || f.submittedFrom <= f.submittedTo, {
    path: ["submittedTo"],
    message: m.dateOrder,
  });

export type QueueFilters = z.output<typeof queueFiltersSchema>;
export type QueueFiltersInput = z.input<typeof queueFiltersSchema>;

const stage = z.enum(queueStages);

export const queueListSchema = z.object({
  stage,
  tab: z.enum(queueTabs),
  filters: queueFiltersSchema.prefault({}),
  /** From the previous page's nextCursor; opaque. */
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(QUEUE_PAGE_MAX).default(20),
});

export const queueCountsSchema = z.object({ stage, filters: queueFiltersSchema.prefault({}) });

export const queueNoticesSchema = z.object({ stage });

/** Where a queue's row opens: the one-application review page of the stage's workspace. */
export const reviewPagePath: Record<QueueStage, (applicationId: string) => string> = {
  UNIT_REVIEW: (id) => `/unit/applications/${id}`,
  DEPT_REVIEW: (id) => `/dept/applications/${id}`,
};

export type QueueListInput = z.output<typeof queueListSchema>;
export type QueueCountsInput = z.output<typeof queueCountsSchema>;

/** One row of a queue: identifiers masked (身份证号 2201**********123X, mobile 138****1234). */
export type QueueRow = {
  id: string;
  applicantName: string;
  idCardMasked: string;
  mobileMasked: string;
  unitName: string;
  noticeTitle: string;
  series: string | null;
  level: TitleLevelCode | null;
  category: string | null;
  exceptionalCategory: string | null;
  submittedAt: Date;
  status: string;
  stage: ReviewStageCode | null;
  /** 已审核: the stage's last decision on it. */
  lastAction: { action: FlowActionCode; at: Date; opinion: string | null } | null;
};

export type QueuePage = { rows: QueueRow[]; nextCursor: string | null };
export type QueueCounts = { pending: number; done: number };

export const queueExportSchema = z.object({
  stage,
  tab: z.enum(queueTabs).default("pending"),
  filters: queueFiltersSchema.prefault({}),
});

export const QUEUE_EXPORT_PATH = "/api/review-queue/export";
const filterKeys = ["noticeId", "series", "level", "category", "submittedFrom", "submittedTo", "q"] as const;

/** The export's address for what the queue shows now: the stage, the tab and each filter set. */
export function queueExportUrl(stage: QueueStage, tab: QueueTab, filters: QueueFiltersInput): string {
  const params = new URLSearchParams({ stage, tab });
  for (const key of filterKeys) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return `${QUEUE_EXPORT_PATH}?${params}`;
}

/** The export's query string read back into the schema's shape (unknown parameters are ignored). */
export function queueExportInputOf(params: URLSearchParams) {
  const filters = Object.fromEntries(filterKeys.flatMap((key) => (params.has(key) ? [[key, params.get(key)]] : [])));
  return queueExportSchema.safeParse({ stage: params.get("stage"), tab: params.get("tab") ?? undefined, filters });
}
