/** 公示 and 异议 refusals and confirmations. */
export const publicityMessages = {
  meetingNotFound: "评审会议不存在，或不在您主持的评委会",
  meetingNotClosed: "投票结束后才能公布评审结果",
  alreadyPublished: "该会议的评审结果已经公布",
  resultMissing: "会议中还有申报没有评审结果，不能公布",
  notInPublicity: "该申报不在公示期内，不能提出异议",
  publicityEnded: "公示期已结束，不能再提出异议",
  objectionRequired: "请填写异议内容",
  objectionTooLong: "异议内容不能超过 1000 字",
  objectionNotFound: "异议不存在，或不在您主持的评委会",
  objectionDecided: "该异议已经处理过了",
  findingRequired: "请填写核查结论",
  findingTooLong: "核查结论不能超过 500 字",
  ownApplication: "不能对自己的申报提出异议",
  upheldReason: (finding: string) => `公示期间异议经核查成立：${finding}`,
} as const;
