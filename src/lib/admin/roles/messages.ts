/** 角色管理: validation and error wording, shared by the forms and the server. */
export const roleMessages = {
  roleRequired: "请选择角色",
  roleTaken: "该人员已拥有此角色",
  personRequired: "请先选择人员",
  personNotFound: "该人员不存在，请刷新后重试",
  nameRequired: "请输入姓名",
  nameTooLong: "姓名不能超过30个字",
  idCardRequired: "请输入身份证号",
  idCardTaken: "该身份证号已登记，请按身份证号搜索该人员后再授予角色",
  assignmentNotFound: "该角色授权不存在，请刷新后重试",
  alreadyRevoked: "该角色已被撤销，请刷新后查看",
  selfRevokeAdmin: "不能撤销自己的系统管理员角色，请由其他管理员操作",
} as const;
