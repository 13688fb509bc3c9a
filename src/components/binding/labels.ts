/** 个人绑定单位 screen wording, in one place so it can be reviewed as a whole. */
export const bindingLabels = {
  pageTitle: "个人绑定单位",
  pageSubtitle: "只需输入推荐单位的统一社会信用代码，点击「查询」，再点击「绑定」；单位审核通过后即绑定成功。",
  backToHall: "返回个人网厅",
  rule: "个人同时只能绑定一个推荐单位。如需更换，请先查询原单位的统一社会信用代码并点击「解除绑定」。",

  currentTitle: "当前绑定状态",
  currentNone: "您尚未绑定推荐单位。绑定推荐单位是办理职称申报的前提。",
  currentPending: "绑定申请已提交，等待单位审核。",
  currentApproved: "您已与该单位绑定，可通过该单位办理职称申报。",

  searchTitle: "查询推荐单位",
  creditCode: "统一社会信用代码",
  creditCodeHint: "18位，字母自动转为大写",
  search: "查询",

  codeHelpSummary: "不知道统一社会信用代码？",
  codeHelpWhere:
    "统一社会信用代码共18位，由数字和大写字母组成，印在单位的证照上：企业在《营业执照》的正本或副本上（左上方「统一社会信用代码」一栏）；事业单位在《事业单位法人证书》上；社会团体、民办非企业单位在其法人登记证书上。",
  codeHelpAsk: "也可以向本单位人事或办公室询问，或在下方输入单位全称查询已登记的单位。",
  nameSearchTitle: "按单位全称查询",
  unitFullName: "单位全称",
  unitFullNameHint: "须与营业执照或法人证书上的名称完全一致，不支持部分匹配",
  nameSearch: "按名称查询",
  nameResults: "名称完全一致的登记单位",
  useThisCode: (unitName: string) => `用此代码查询：${unitName}`,
  useThisCodeShort: "用此代码查询",

  foundTitle: "查询结果",
  unitName: "单位名称",
  department: "主管部门",
  status: "绑定状态",
  requestedAt: "申请时间",
  decidedAt: "审核时间",
  bind: "绑定",
  release: "解除绑定",
  requested: "已提交绑定申请，等待单位审核",
  withThisPending: "您已向该单位提交绑定申请，正在等待单位审核。如不再需要，可点击「解除绑定」撤回申请。",
  withThisApproved: "您已与该单位绑定。",
  noReviewerTitle: "该单位暂不能受理绑定申请",
  otherActive: (unitName: string, pending: boolean) =>
    `您${pending ? "正在申请绑定" : "已绑定"}「${unitName}」，请先解除与「${unitName}」的绑定，再绑定其他单位。`,
  showOtherUnit: (unitName: string) => `查看「${unitName}」的绑定`,

  withdrawTitle: "撤回绑定申请",
  withdrawText: (unitName: string) => `确定撤回对「${unitName}」的绑定申请吗？撤回后如需绑定，须重新申请。`,
  withdrawConfirm: "确认撤回",
  withdrawn: (unitName: string) => `已撤回对「${unitName}」的绑定申请`,
  unbindTitle: "解除绑定",
  unbindText: (unitName: string) =>
    `确定解除与「${unitName}」的绑定吗？解除后办理职称申报须重新绑定推荐单位并经单位审核。`,
  unbindDrafts: (unitName: string) =>
    `以下草稿以「${unitName}」为推荐单位，解除绑定后将不能提交；重新绑定「${unitName}」并经单位审核通过后，可继续填报并提交：`,
  unbindNoDrafts: "您没有以该单位为推荐单位的草稿。",
  unbindConfirm: "确认解除",
  unbound: (unitName: string) => `已解除与「${unitName}」的绑定`,
  cancel: "取消",

  historyTitle: "绑定记录",
  historyTable: "绑定记录",
  historyEmpty: "暂无绑定记录",
  unit: "单位",
  handledAt: "处理时间",
  remark: "驳回理由/备注",
  remarkPending: "等待单位审核",
  remarkWithdrawn: "本人撤回申请",
  remarkUnbound: "本人解除绑定",

  loading: "加载中…",
} as const;
