import { formatDate } from "@/lib/datetime";

/** 节假日安排 (working-day calendar) wording. A valid date is quoted the way every screen shows dates. */
export const calendarMessages = {
  unknownYear: (year: number) =>
    `${year}年的节假日安排尚未录入，无法计算工作日。请管理员先在「节假日安排」中录入${year}年的节假日和调休工作日。`,
  yearRequired: "请填写年份",
  yearRange: "年份须在 2000 至 2100 之间",
  dateInvalid: (value: string) => `「${value}」不是有效日期，请按 2026-10-01 的格式填写`,
  dateOutsideYear: (value: string, year: number) => `${formatDate(value)}不在${year}年内`,
  dateRepeated: (value: string) => `${formatDate(value)}重复填写`,
  bothLists: (value: string) => `${formatDate(value)}不能同时是节假日和调休工作日`,
  workdayNotWeekend: (value: string) => `${formatDate(value)}不是周六或周日，无需列为调休工作日`,
  holidaysRequired: "请至少填写一个节假日（每年都有元旦）",
  tooManyDates: "日期过多，一年最多填写 60 个",
  saved: (year: number) => `${year}年节假日安排已保存`,
} as const;
