/** What the expert pool and the review meetings say when they refuse something. */
export const committeeMessages = {
  committeeNotFound: "评委会不存在或您无权管理",
  expertNotFound: "评审专家不存在或您无权管理",
  notAMember: "该人员不是本评委会成员，请先在角色管理中授予“评委会成员”角色",
  alreadyExpert: "该人员已在本评委会专家库中",
  termOrder: "聘期结束日期不能早于开始日期",
  workUnitNotFound: "工作单位不存在",
  meetingNotFound: "评审会议不存在",
  noticeNotFound: "申报通知不存在或不属于本评委会",
  applicationNotAssignable: "该申报不在本通知的评委会评审阶段，或已分配到其他评审会议",
  applicationNotInMeeting: "该申报不在本次评审会议中",
  readOnlyWhenPresent: "主任委员登记您出席后，才能查阅本次会议的申报材料",
  readRecused: "您已回避该申报，不能查阅其申报材料",
  readingClosed: "本次会议的投票已结束，申报材料不再向评审专家开放",
  notEditable: "评审会议当前状态不允许此操作，请刷新",
  alreadyDrawn: "本次会议已抽取评审专家",
  poolTooSmall: (eligible: number, wanted: number) => `符合条件的评审专家只有${eligible}人，不足抽取人数${wanted}人`,
  noReplacement: "专家库中已没有符合条件的专家可替补",
  expertNotOnPanel: "该专家不在本次会议的评审专家名单中",
  alreadyDeclined: "该专家已谢绝",
  declinedCannotAttend: "已谢绝的专家不能登记出席",
  quorumNotMet: (present: number, needed: number) =>
    `出席专家${present}人，未达到法定人数${needed}人（评审专家的三分之二），不能开始投票`,
  noApplications: "本次会议还没有分配申报",
  alreadyRecused: "您已回避该申报",
  recusalClosed: "投票已开始，不能再申请回避",
} as const;

/** The reason an automatic 回避 records. */
export const AUTOMATIC_RECUSAL_REASON = "专家工作单位与申报人推荐单位相同";
