/** 评委会: validation and error wording, shared by the form and the server. */
export const committeeMessages = {
  nameRequired: "请输入评委会名称",
  nameTooLong: "评委会名称不能超过60个字",
  nameTaken: "该评委会名称已存在",
  seriesRequired: "请选择职称系列",
  committeeRequired: "请选择评委会",
  notFound: "所选评委会不存在，请刷新后重试",
  seriesLocked: "该评委会已用于其他职称系列的申报通知，不能改为此职称系列",
} as const;
