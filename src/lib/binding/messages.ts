/** 个人绑定单位 and the unit's review of it: validation and refusal wording, shared by forms and the server. */
export const bindingMessages = {
  unitNotFound: "未找到使用该统一社会信用代码的登记单位",
  unitNameRequired: "请输入单位全称",
  unitNameTooLong: "单位名称不能超过100个字",
  unitNameNotFound: "未找到名称完全一致的登记单位，请输入营业执照或法人证书上的单位全称，或改用统一社会信用代码查询",
  noReviewer: (unitName: string) =>
    `「${unitName}」尚未设置推荐单位审核人，暂不能受理绑定申请。请联系该单位人事部门，由其向系统管理员申请设置审核人后再绑定。`,
  alreadyActive: "您已绑定或正在申请绑定推荐单位，如需更换请先解除绑定",
  alreadyWithThisUnit: "您已绑定或正在申请绑定该单位，无需重复申请",
  notFound: "未找到该绑定记录，请刷新后重试",
  statusChanged: "绑定状态已变化，请刷新后重试",
  unitNotInScope: "未找到该单位，或您不是该单位的审核人",
  reviewUnderway: (noticeTitles: string[]) =>
    `您有正在审核中的职称申报（${noticeTitles.join("、")}），暂不能解除与该单位的绑定`,
  rejectReasonRequired: "请填写驳回理由",
  rejectReasonTooShort: "驳回理由至少2个字，请写明原因",
  rejectReasonTooLong: "驳回理由不能超过200个字",
} as const;
