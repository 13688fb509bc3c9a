/** PDF 预览 wording, in one place so it can be reviewed as a whole. */
export const pdfLabels = {
  loading: "正在加载 PDF…",
  pageOf: (page: number, of: number) => `第 ${page} 页 / 共 ${of} 页`,
  page: (n: number) => `第 ${n} 页`,
  previous: "上一页",
  next: "下一页",
  zoomOut: "缩小",
  zoomIn: "放大",
  fitWidth: "适合宽度",
  zoom: (percent: number) => `缩放 ${percent}%`,
  toolbar: "PDF 预览工具栏",
  passwordProtected: "该 PDF 设有打开密码，无法在线预览，请下载后查看",
  invalid: "文件已损坏或不是有效的 PDF，无法在线预览，请下载后查看",
  failed: "PDF 加载失败，请稍后重试或下载后查看",
  pageFailed: (n: number) => `第 ${n} 页无法显示`,
} as const;
