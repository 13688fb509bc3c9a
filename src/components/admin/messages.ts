/** Wording shared by every 管理后台 screen. */
export const commonLabels = {
  save: "保存",
  cancel: "取消",
  edit: "编辑",
  loading: "加载中…",
  empty: "暂无数据",
  pleaseSelect: "请选择",
  all: "全部",
} as const;
