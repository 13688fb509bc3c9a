import "server-only";

/** What an applicant is told about a notice they cannot act on. */
export const applicantNoticeMessages = {
  notFound: "申报通知不存在或尚未发布",
  closed: "该通知不在申报时间内（通知已关闭）",
  notStarted: "该通知不在申报时间内（申报尚未开始）",
  ended: "该通知不在申报时间内（申报已截止）",
} as const;
