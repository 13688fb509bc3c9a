/** 单位管理 screen wording. */
export const unitLabels = {
  create: "新增单位",
  createTitle: "新增推荐单位",
  editTitle: "编辑推荐单位",
  name: "单位名称",
  creditCode: "统一社会信用代码",
  creditCodeHint: "18位，字母自动转为大写",
  department: "主管部门",
  reviewers: "审核人数",
  actions: "操作",
  search: "搜索单位",
  searchPlaceholder: "单位名称或统一社会信用代码",
  table: "推荐单位列表",
  empty: "暂无推荐单位，请点击「新增单位」登记。",
  created: (name: string) => `已新增推荐单位「${name}」`,
  updated: (name: string) => `已保存推荐单位「${name}」`,
} as const;
