/** 管理后台 navigation: one entry per section, in the order operators work through them. */
export const adminSections = [
  { href: "/admin", label: "概览", description: "" },
  { href: "/admin/units", label: "单位管理", description: "登记推荐单位及其统一社会信用代码、主管部门" },
  { href: "/admin/departments", label: "部门管理", description: "维护主管/业务部门" },
  { href: "/admin/committees", label: "评委会管理", description: "维护评委会及其职称系列" },
  {
    href: "/admin/experts",
    label: "评审专家库",
    description: "维护各评委会的评审专家：专业、职称、工作单位和聘期；停用或不在聘期内的专家不会被抽取",
  },
  { href: "/admin/roles", label: "角色管理", description: "查找人员，授予或撤销审核、评审和管理角色" },
  { href: "/admin/notices", label: "申报通知", description: "起草、发布和关闭职称申报通知" },
  {
    href: "/admin/certificates",
    label: "证书管理",
    description: "查询已颁发的电子职称证书，撤销证书（须填写原因，撤销后不可恢复）",
  },
  { href: "/admin/calendar", label: "节假日安排", description: "录入年度节假日和调休安排，用于计算公示期的工作日" },
  { href: "/admin/audit", label: "审计日志", description: "查看所有状态变更的操作记录" },
] as const;

export function sectionOf(href: string) {
  return adminSections.find((s) => s.href === href)!;
}
