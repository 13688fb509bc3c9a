/** 业务表册信息 wording. */
export const businessFormLabels = {
  title: "业务表册信息",
  intro: "以下表册由系统根据申报信息自动生成，请预览核对；如需修改，请返回相应模块修改后再查看。",
  draft: "草稿",
  draftHint: "提交前为草稿，内容随申报信息更新；提交后以提交时的内容为准。",
  submitted: "提交版",
  preview: "预览",
  download: "下载",
  close: "关闭",
  previewTitle: (label: string) => `预览：${label}`,
} as const;
