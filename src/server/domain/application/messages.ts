import "server-only";

/** 职称评审申报: refusals the applicant reads, shared by the pages and the server. */
export const applicationMessages = {
  conditionsRequired: "请先确认本人符合申报条件",
  bindingRequired: "请先绑定推荐单位，单位审核通过后方可申报",
  notFound: "申报记录不存在",
} as const;
