/** What the reviewer queues and their export say (申报审核). */
export const reviewQueueMessages = {
  badDate: "请选择有效的日期",
  dateOrder: "结束日期不能早于开始日期",
  badRequest: "请求格式不正确",
  badCursor: "分页参数无效，请刷新后重试",
  exportTooLarge: (max: number, total: number) =>
    `符合条件的申报共 ${total} 条，导出最多 ${max} 条：已导出提交时间最新的 ${max} 条，请缩小筛选范围后分批导出`,
  noAccess: "您没有执行此操作的权限",
  signedOut: "请先登录",
};
