/** 审计日志 screen wording. */
export const auditLabels = {
  action: "操作类型",
  entityType: "对象类型",
  from: "开始日期",
  to: "结束日期",
  filter: "查询",
  reset: "重置",
  allActions: "全部操作",
  allEntityTypes: "全部对象",
  at: "时间",
  actor: "操作人",
  entity: "对象",
  statusChange: "状态变化",
  detail: "详情",
  system: "系统",
  table: "审计日志",
  filters: "筛选审计日志",
  empty: "没有符合条件的记录。",
} as const;

/** Names of the fields that appear in audit detail. */
export const auditDetailLabels: Record<string, string> = {
  name: "名称",
  title: "标题",
  body: "申报注意事项",
  creditCode: "统一社会信用代码",
  department: "主管部门",
  committee: "评委会",
  series: "职称系列",
  levels: "申报级别",
  startsAt: "开始时间",
  endsAt: "截止时间",
  person: "人员",
  role: "角色",
  scope: "范围",
  idCardNumber: "身份证号",
};
