/** 部门管理 screen wording. */
export const departmentLabels = {
  create: "新增部门",
  createTitle: "新增主管部门",
  renameTitle: "修改部门名称",
  rename: "重命名",
  name: "部门名称",
  units: "推荐单位数",
  committees: "评委会数",
  createdAt: "创建时间",
  actions: "操作",
  search: "搜索部门",
  searchPlaceholder: "部门名称",
  table: "主管部门列表",
  empty: "暂无主管部门，请点击「新增部门」登记。",
  created: (name: string) => `已新增主管部门「${name}」`,
  renamed: (name: string) => `部门名称已改为「${name}」`,
} as const;
