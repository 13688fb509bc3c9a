/** 单位工作台 wording, in one place so it can be reviewed as a whole. */
export const unitLabels = {
  pageTitle: "单位工作台",
  pageSubtitle: "推荐单位审核：个人绑定申请与本单位人员",
  switcher: "当前单位",
  creditCode: "统一社会信用代码",
  department: "主管部门",
  reviewers: "单位审核人",

  tabs: "单位工作台栏目",
  requestsTab: "绑定申请",
  membersTab: "本单位人员",

  requestsTable: "绑定申请列表",
  requestsEmpty: "暂无待审核的绑定申请",
  applicant: "申请人",
  idCard: "身份证号",
  mobile: "手机号",
  requestedAt: "申请时间",
  actions: "操作",
  approve: "通过",
  reject: "驳回",
  approveFor: (name: string) => `通过：${name}`,
  rejectFor: (name: string) => `驳回：${name}`,
  approved: (name: string) => `已通过「${name}」的绑定申请`,

  rejectTitle: (name: string) => `驳回「${name}」的绑定申请`,
  rejectReason: "驳回理由",
  rejectSummaryAction: "驳回",
  rejectReasonHint: "申请人将在绑定记录中看到此理由（2至200字）",
  rejectConfirm: "确认驳回",
  rejected: (name: string) => `已驳回「${name}」的绑定申请`,
  cancel: "取消",

  membersTable: "本单位人员列表",
  membersEmpty: "本单位暂无已绑定人员",
  membersNoMatch: "没有符合条件的人员",
  memberSearch: "搜索本单位人员",
  memberSearchPlaceholder: "姓名或完整身份证号",
  name: "姓名",
  boundSince: "绑定时间",

  loading: "加载中…",
} as const;
