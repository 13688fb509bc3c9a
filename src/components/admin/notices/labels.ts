import type { NoticeTransition } from "@/lib/admin/notices/notice-status";

/** 申报通知 screen wording. */
export const noticeLabels = {
  create: "新建通知",
  createTitle: "新建申报通知",
  editTitle: "编辑申报通知",
  title: "通知标题",
  body: "申报注意事项",
  bodyHint: "申报条件、材料要求等，申报人在条件自检时阅读",
  series: "职称系列",
  levels: "申报级别",
  committee: "评委会",
  committeeMatching: "与所选职称系列一致",
  committeeOthers: "其他职称系列",
  department: "主管部门",
  startsAt: "申报开始时间",
  endsAt: "申报截止时间",
  timeZoneHint: "北京时间",
  window: "申报时间",
  status: "状态",
  actions: "操作",
  createdBy: "起草人",
  statusFilter: "按状态筛选",
  search: "搜索通知",
  searchPlaceholder: "通知标题",
  table: "申报通知列表",
  empty: "暂无申报通知，请点击「新建通知」起草。",
  to: "至",
  created: (title: string) => `已保存草稿「${title}」，发布后申报人可见`,
  updated: (title: string) => `已保存「${title}」`,
} as const;

/** Button text and confirmation for each life-cycle transition (keys from noticeTransitions). */
export const transitionLabels: Record<NoticeTransition, { button: string; done: (title: string) => string }> = {
  publish: { button: "发布", done: (title) => `已发布「${title}」` },
  close: { button: "关闭通知", done: (title) => `已关闭「${title}」，申报人不能再据此申报` },
};
