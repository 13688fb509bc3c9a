import { meetingStatuses } from "@/lib/committee/meeting";

/**
 * Dictionaries shown in drop-downs and used to validate codes. One place for each list, so the
 * form, the server and the reports agree on the same codes and labels.
 */
export type DictionaryItem<C extends string = string> = { code: C; label: string };

/** 职称系列 (professional title series). */
export const titleSeries = [
  { code: "ENGINEERING", label: "工程" },
  { code: "HEALTH", label: "卫生" },
  { code: "HIGHER_EDUCATION", label: "高等学校教师" },
  { code: "SCHOOL_TEACHER", label: "中小学教师" },
  { code: "AGRICULTURE", label: "农业" },
  { code: "ECONOMICS", label: "经济" },
  { code: "ACCOUNTING", label: "会计" },
  { code: "STATISTICS", label: "统计" },
  { code: "AUDIT", label: "审计" },
  { code: "JOURNALISM", label: "新闻" },
  { code: "PUBLISHING", label: "出版" },
  { code: "ARCHIVES", label: "档案" },
  { code: "LIBRARY", label: "图书资料" },
  { code: "ARTS", label: "艺术" },
  { code: "SCIENCE_RESEARCH", label: "自然科学研究" },
  { code: "LAW", label: "律师" },
] as const satisfies readonly DictionaryItem[];

export type TitleSeriesCode = (typeof titleSeries)[number]["code"];

/** 职称级别, codes matching the TitleLevel database enum. */
export const titleLevels = [
  { code: "JUNIOR", label: "初级" },
  { code: "INTERMEDIATE", label: "中级" },
  { code: "SUB_SENIOR", label: "副高级" },
  { code: "SENIOR", label: "正高级" },
] as const satisfies readonly DictionaryItem[];

export type TitleLevelCode = (typeof titleLevels)[number]["code"];

/** Role names shown in the UI, codes matching the RoleKind database enum. */
export const roleKinds = [
  { code: "UNIT_REVIEWER", label: "推荐单位审核人" },
  { code: "DEPT_REVIEWER", label: "主管部门审核人" },
  { code: "COMMITTEE_MEMBER", label: "评委会成员" },
  { code: "COMMITTEE_CHAIR", label: "评委会主任委员" },
  { code: "ADMIN", label: "系统管理员" },
] as const satisfies readonly DictionaryItem[];

export type RoleKindCode = (typeof roleKinds)[number]["code"];

export const noticeStatuses = [
  { code: "DRAFT", label: "未发布" },
  { code: "PUBLISHED", label: "已发布" },
  { code: "CLOSED", label: "已关闭" },
] as const satisfies readonly DictionaryItem[];

export type NoticeStatusCode = (typeof noticeStatuses)[number]["code"];

/** Audit-trail verbs (AuditLog.action) with the wording the audit log shows. */
export const auditActions = [
  { code: "user.create", label: "首次登录建档" },
  { code: "user.link", label: "关联统一身份认证账号" },
  { code: "user.preRegister", label: "预登记人员" },
  { code: "department.create", label: "新增主管部门" },
  { code: "department.rename", label: "修改部门名称" },
  { code: "committee.create", label: "新增评委会" },
  { code: "committee.update", label: "修改评委会" },
  { code: "unit.create", label: "新增推荐单位" },
  { code: "unit.update", label: "修改推荐单位" },
  { code: "role.grant", label: "授予角色" },
  { code: "role.revoke", label: "撤销角色" },
  { code: "notice.create", label: "新建申报通知" },
  { code: "notice.update", label: "修改申报通知" },
  { code: "notice.publish", label: "发布申报通知" },
  { code: "notice.close", label: "关闭申报通知" },
  { code: "binding.request", label: "申请绑定单位" },
  { code: "binding.approve", label: "单位通过绑定" },
  { code: "binding.reject", label: "单位驳回绑定" },
  { code: "binding.withdraw", label: "撤回绑定申请" },
  { code: "binding.unbind", label: "解除绑定" },
  { code: "application.create", label: "创建申报草稿" },
  { code: "application.section.save", label: "保存申报模块" },
  { code: "application.entry.add", label: "添加申报条目" },
  { code: "application.entry.update", label: "修改申报条目" },
  { code: "application.entry.delete", label: "删除申报条目" },
  { code: "application.submit", label: "提交申报" },
  { code: "expert.create", label: "新增评审专家" },
  { code: "expert.update", label: "修改评审专家" },
  { code: "expert.activate", label: "启用评审专家" },
  { code: "expert.deactivate", label: "停用评审专家" },
  { code: "meeting.create", label: "新建评审会议" },
  { code: "meeting.assign", label: "分配申报到评审会议" },
  { code: "meeting.unassign", label: "移出评审会议" },
  { code: "meeting.draw", label: "抽取评审专家" },
  { code: "meeting.decline", label: "专家谢绝并替补" },
  { code: "meeting.attendance", label: "登记专家出席" },
  { code: "meeting.open", label: "开始投票" },
  { code: "meeting.recuse", label: "专家申请回避" },
  { code: "meeting.closeVote", label: "结束投票" },
] as const satisfies readonly DictionaryItem[];

/** Audited entity kinds (AuditLog.entityType, the Prisma model name). */
export const auditEntityTypes = [
  { code: "User", label: "人员" },
  { code: "Department", label: "主管部门" },
  { code: "ReviewCommittee", label: "评委会" },
  { code: "Unit", label: "推荐单位" },
  { code: "RoleAssignment", label: "角色授权" },
  { code: "Notice", label: "申报通知" },
  { code: "UnitBinding", label: "单位绑定" },
  { code: "Application", label: "职称申报" },
  { code: "ExpertProfile", label: "评审专家" },
  { code: "ReviewMeeting", label: "评审会议" },
] as const satisfies readonly DictionaryItem[];

export function codes<C extends string>(items: readonly DictionaryItem<C>[]): [C, ...C[]] {
  return items.map((i) => i.code) as [C, ...C[]];
}

export function labelOf(items: readonly DictionaryItem[], code: string | null | undefined): string {
  return items.find((i) => i.code === code)?.label ?? code ?? "";
}

/** 绑定状态, codes matching the BindingStatus database enum. */
export const bindingStatuses = [
  { code: "PENDING", label: "待审核" },
  { code: "APPROVED", label: "已绑定" },
  { code: "REJECTED", label: "已驳回" },
  { code: "WITHDRAWN", label: "已撤回" },
  { code: "UNBOUND", label: "已解绑" },
] as const satisfies readonly DictionaryItem[];

export type BindingStatusCode = (typeof bindingStatuses)[number]["code"];

/** 申报状态 as the applicant sees it, codes matching the ApplicationStatus database enum. */
export const applicationStatuses = [
  { code: "DRAFT", label: "草稿" },
  { code: "SUBMITTED", label: "已申报" },
  { code: "RETURNED", label: "被退回" },
  { code: "TERMINATED", label: "审核不通过终止审核" },
  { code: "APPROVED", label: "终审通过" },
] as const satisfies readonly DictionaryItem[];

export type ApplicationStatusCode = (typeof applicationStatuses)[number]["code"];

/** Status labels by audited entity type: the same code (e.g. APPROVED) reads differently per entity. */
const statusDictionaries: Record<string, readonly DictionaryItem[]> = {
  Notice: noticeStatuses,
  UnitBinding: bindingStatuses,
  Application: applicationStatuses,
  ReviewMeeting: meetingStatuses,
};

export function statusLabel(entityType: string, code: string | null | undefined): string {
  return labelOf(statusDictionaries[entityType] ?? [], code);
}
