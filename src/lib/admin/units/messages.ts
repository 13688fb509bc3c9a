/** 推荐单位: validation and error wording, shared by the form and the server. */
export const unitMessages = {
  nameRequired: "请输入单位名称",
  nameTooLong: "单位名称不能超过100个字",
  creditCodeTaken: "该统一社会信用代码已登记",
  notFound: "所选推荐单位不存在，请刷新后重试",
} as const;
