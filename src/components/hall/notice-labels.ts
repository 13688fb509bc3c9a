/** The notice page's wording (a published 申报通知 as the applicant reads it). */
export const noticeLabels = {
  pageTitle: "申报通知",
  backToHall: "返回个人网厅",
  facts: "通知信息",
  series: "职称系列",
  levels: "申报级别",
  committee: "评审委员会",
  department: "主管部门",
  window: "申报时间",
  to: "至",
  state: "受理状态",
  states: { NOT_STARTED: "尚未开始受理", OPEN: "正在受理申报", ENDED: "申报已截止" },
  notes: "申报注意事项",
  apply: "去申报",
} as const;
