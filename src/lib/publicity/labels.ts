import type { ObjectionStatusCode } from "./publicity.types";

/** 公示 screens' wording. */
export const publicityLabels = {
  pageTitle: "职称评审结果公示",
  pageIntro:
    "以下人员经评委会评审通过，现予公示。公示期内，如对公示对象有异议，请登录后提出，并写明事实和理由；评委会将予以核查。",
  table: "公示名单",
  name: "姓名",
  unit: "工作单位",
  series: "职称系列",
  appliedTitle: "申报职称",
  level: "级别",
  meeting: "评审会议",
  period: "公示期",
  periodRange: (start: string, end: string) => `${start} 至 ${end}`,
  empty: "目前没有处于公示期的人员",
  fileObjection: "提出异议",
  signInToObject: "登录后提出异议",
  objectionText: "异议内容",
  objectionHint: "请写明事实和理由，最多 1000 字。异议人信息仅供评委会核查使用。",
  submit: "提交异议",
  cancel: "取消",
  filed: "异议已提交，评委会将予以核查",
  objections: "公示异议",
  objectionsIntro: "公示期间收到的异议。核查后记录结论：异议成立的，评审结果撤销，申报终止审核；不成立的，继续公示。",
  objectionFiledBy: "异议人",
  objectionFiledAt: "提出时间",
  objectionStatus: "状态",
  finding: "核查结论",
  uphold: "异议成立",
  reject: "异议不成立",
  decide: "记录结论",
  noObjections: "暂无异议",
  approvalTitle: "公示期满终审通过",
  approvalIntro: "公示期满且无成立或待核查异议的申报，由系统每日自动终审通过；也可以现在执行。",
  runApproval: "立即执行",
  approvalDone: (count: number) => (count ? `已终审通过 ${count} 份申报` : "没有需要终审通过的申报"),
  publish: "公布评审结果",
  published: (passed: number, failed: number) => `评审结果已公布：${passed} 份进入公示，${failed} 份终止审核`,
} as const;

export const objectionStatusLabels: Record<ObjectionStatusCode, string> = {
  PENDING: "待核查",
  UPHELD: "成立",
  REJECTED: "不成立",
};
