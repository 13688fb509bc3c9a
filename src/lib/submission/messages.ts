import { formatDateTime } from "@/lib/datetime";

/** 数据验证信息, 承诺 and 提交: what the applicant is told, shared by the page and the server. */
export const submissionMessages = {
  promiseRequired: "请先勾选承诺",
  validationFailed: "数据验证未通过，请按「数据验证信息」的提示修改后再提交",
  alreadySubmitted: "该申报已提交，请勿重复提交",
  windowEnded: (endsAt: Date | string) => `申报已于${formatDateTime(endsAt)}截止`,
  windowNotStarted: (startsAt: Date | string) => `申报将于${formatDateTime(startsAt)}开始`,
  noticeClosed: "该申报通知已关闭，不再受理申报",
  noticeNotPublished: "该申报通知尚未发布",
  bindingMissing: "您与推荐单位的绑定已解除或尚未通过审核，请先绑定推荐单位",
  bindingOtherUnit: (unit: string) => `您当前绑定的推荐单位不是本申报的推荐单位「${unit}」`,
} as const;
