/** Wording of the repeatable-entry modules of 信息填报, in one place so it can be reviewed as a whole. */
export const entryLabels = {
  add: "添加",
  save: "保存",
  cancel: "取消",
  edit: "编辑",
  delete: "删除",
  yes: "是",
  no: "否",
  actions: "操作",
  period: "起止时间",
  untilNow: "至今",
  representativeBadge: "参评",
  empty: "暂无记录",
  emptyRequired: "暂无记录。本栏目为必填项，请点击「添加」填写",
  saved: "已保存",
  deleted: "已删除",
  table: (moduleLabel: string) => `${moduleLabel}列表`,
  addTitle: (moduleLabel: string) => `添加${moduleLabel}`,
  editTitle: (moduleLabel: string) => `编辑${moduleLabel}`,
  rowAction: (action: string, name: string) => `${action}：${name}`,
  required: "带红色星号的为必填项",

  ruleText: (question: string, max: number) =>
    `「${question}」选择“是”的条目即为参评项，${max === 1 ? "每类仅能有一条参评项" : "最多可选择两条参评学历"}。`,
  currentNone: "当前无参评项",
  current: (names: string[]) => `当前参评项：${names.map((n) => `「${n}」`).join("、")}`,
  replaceNotice: (name: string) => `「${name}」已是参评项，保存后将把参评标记改到本条`,
  replaceChoose: "已有两条参评学历，请选择保存后取消哪一条的参评标记",
  replaceRequired: "请选择要取消参评标记的学历",

  staleEntry: "该条目已在其他窗口或设备上修改",
  staleReloadWarning: "点击「重新加载」将载入最新内容，您在此填写的内容将被替换。",
  reload: "重新加载",
  goneEntry: "该条目已被删除",
  reloadFailed: "重新加载失败，请稍后重试",
  staleDelete: "该条目已在其他窗口或设备上修改，列表已更新，请确认后再删除",

  deleteTitle: (moduleLabel: string) => `删除${moduleLabel}`,
  deleteConfirm: (name: string) => `确定删除「${name}」吗？删除后不可恢复。`,

  proofs: "附件",
  proofsButton: (count: number) => `附件（${count}）`,
  proofsAction: (count: number, name: string) => `附件（${count}）：${name}`,

  expertsRule: "「两名专家推荐破格」须添加两名推荐专家",
  expertsFull: "已添加两名推荐专家，如需更换请编辑或删除后再添加",
  expertsNotApplicable: "当前申报类别不需要破格推荐专家，请删除已保存的专家",
} as const;
