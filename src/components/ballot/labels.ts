import { formatDate } from "@/lib/datetime";

/** Wording of the ballot pages (无记名投票), in one place. */
export const ballotLabels = {
  myBallotTitle: "无记名投票",
  tallyTitle: "投票进度与结果",
  secrecyNote:
    "本次表决为无记名投票：您的选择只有您本人可见，可在主任委员结束投票前修改；结束投票后系统只保存各申报的票数，任何人（包括您本人和系统管理员）都无法再查到谁投了什么。",
  applicant: "申报人",
  unit: "工作单位",
  seriesLevel: "职称系列 / 级别",
  vote: "表决",
  view: "查看申报材料",
  recused: "已回避",
  saved: "已保存",
  saving: "保存中…",
  notVoted: "未投票",
  result: "评审结果",
  tally: "同意 / 不同意 / 弃权",
  presentEligible: "出席且可表决",
  threshold: "通过所需同意票",
  voted: "已投票",
  progressTitle: "投票进度",
  progressNote: "投票结束前只显示每项申报已投票的人数，不显示任何人的选择或票数。",
  closeVote: "结束投票",
  closeTitle: "结束投票",
  closeConfirm: "确认结束投票",
  closeBody: "结束后将统计每项申报的票数并确定评审结果，专家不能再投票或修改，此操作不可撤销。",
  closeMissing: (n: number) => `尚有 ${n} 项申报未收齐可表决专家的投票，未投票视为未同意。`,
  closed: (closed: number, passed: number) => `投票已结束：${closed} 项申报，${passed} 项通过。`,
  resultsTitle: "表决结果",
  empty: "本次会议没有待表决的申报",
  loading: "加载中…",
  /** A meeting's date is a calendar day (stored as UTC midnight), shown as that day. */
  meetingFacts: (date: Date, place: string) =>
    `会议日期：${formatDate(date.toISOString().slice(0, 10))}　地点：${place}`,
} as const;

/** Where the ballot pages live, and the committee's read-only view of an application in a meeting. */
export const ballotRoutes = {
  ballot: (meetingId: string) => `/committee/meetings/${meetingId}/ballot`,
  tally: (meetingId: string) => `/committee/meetings/${meetingId}/tally`,
  application: (meetingId: string, applicationId: string) =>
    `/committee/meetings/${meetingId}/applications/${applicationId}`,
} as const;
