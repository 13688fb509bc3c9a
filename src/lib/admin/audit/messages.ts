/** 审计日志: filter validation wording. */
export const auditMessages = {
  dateInvalid: "日期格式不正确",
  dateOrder: "结束日期不能早于开始日期",
} as const;
