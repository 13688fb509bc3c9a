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
