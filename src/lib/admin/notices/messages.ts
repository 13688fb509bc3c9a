import { labelOf, titleSeries } from "@/lib/dictionaries";

/** 申报通知: validation and error wording, shared by the form and the server. */
export const noticeMessages = {
  titleRequired: "请输入通知标题",
  titleTooLong: "通知标题不能超过100个字",
  bodyRequired: "请填写申报注意事项",
  bodyTooLong: "申报注意事项不能超过10000个字",
  levelsRequired: "请至少选择一个申报级别",
  startsAtRequired: "请选择申报开始时间",
  endsAtRequired: "请选择申报截止时间",
  dateTimeInvalid: "时间格式不正确",
  windowOrder: "申报截止时间须晚于开始时间",
  committeeSeriesMismatch: (committeeSeries: string) =>
    `所选评委会评审「${labelOf(titleSeries, committeeSeries)}」系列，与通知的职称系列不一致`,
  notFound: "申报通知不存在或已被删除",
  notEditable: "只有未发布的通知可以修改",
  statusChanged: "通知状态已变化，请刷新后重试",
} as const;
