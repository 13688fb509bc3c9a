/** 主管部门: validation and error wording, shared by the form and the server. */
export const departmentMessages = {
  nameRequired: "请输入部门名称",
  nameTooLong: "部门名称不能超过50个字",
  nameTaken: "该部门名称已存在",
  departmentRequired: "请选择主管部门",
  notFound: "所选主管部门不存在，请刷新后重试",
} as const;
