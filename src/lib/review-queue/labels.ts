import { applicationStatuses, labelOf, titleLevels, titleSeries } from "@/lib/dictionaries";
import { applicationCategories, exceptionalCategories } from "@/lib/dictionaries/application-form";
import { flowActions } from "@/lib/review/application-transitions";
import { reviewStageOf } from "@/lib/review/review-stages";
import type { QueueRow, QueueTab } from "./queue.schema";

/** The wording of the reviewer queues (申报审核), in one place. */
export const queueLabels = {
  section: "申报审核",
  tabs: { pending: "待审核", done: "已审核" } satisfies Record<QueueTab, string>,
  filters: {
    notice: "申报通知",
    series: "职称系列",
    level: "申报级别",
    category: "申报类别",
    submittedFrom: "提交日期从",
    submittedTo: "至",
    q: "姓名或身份证号",
    qPlaceholder: "输入姓名，或完整的18位身份证号",
    all: "全部",
    apply: "查询",
    reset: "重置",
  },
  columns: {
    name: "姓名",
    idCard: "身份证号",
    mobile: "手机号",
    unit: "推荐单位",
    notice: "申报通知",
    series: "职称系列",
    level: "申报级别",
    category: "申报类别",
    submittedAt: "提交时间",
    status: "状态",
    lastAction: "审核结果",
    actions: "操作",
  },
  review: "审核",
  loadMore: "加载更多",
  export: "导出Excel",
  batchPass: "批量通过",
  batchOpinion: "审核意见（可选）",
  selected: (n: number) => `已选 ${n} 条`,
  empty: "没有符合条件的申报",
  loading: "加载中…",
  batchDone: (ok: number, failed: number) => `批量通过完成：成功 ${ok} 条${failed ? `，失败 ${failed} 条` : ""}`,
  batchConfirm: (n: number) => `确定通过选中的 ${n} 条申报吗？`,
  passed: "已通过",
  exportSheet: "申报审核",
  exportFile: (stageLabel: string, tab: string) => `${stageLabel}-${tab}`,
};

/** 申报类别 as a row shows it: 正常申报, or the kind of 破格. */
export function categoryLabel(row: Pick<QueueRow, "category" | "exceptionalCategory">): string {
  if (row.category === "EXCEPTIONAL" && row.exceptionalCategory)
    return `破格（${labelOf(exceptionalCategories, row.exceptionalCategory)}）`;
  return labelOf(applicationCategories, row.category);
}

export const seriesLabel = (code: string | null) => labelOf(titleSeries, code);
export const levelLabel = (code: string | null) => labelOf(titleLevels, code);
export const actionLabel = (code: string | null | undefined) => labelOf(flowActions, code);

/** Where a row's application stands: 已申报（主管部门审核）, 被退回（推荐单位审核）, 终审通过. */
export function queueStatusLabel(row: Pick<QueueRow, "status" | "stage">): string {
  const status = labelOf(applicationStatuses, row.status);
  if (!row.stage || row.status === "APPROVED") return status;
  return `${status}（${reviewStageOf(row.stage).label}）`;
}
