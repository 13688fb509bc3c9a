import { labelOf, titleLevels, titleSeries } from "@/lib/dictionaries";

/** 职称系列 label of a notice, e.g. 工程. */
export function seriesText(series: string): string {
  return labelOf(titleSeries, series);
}

/** 申报级别 of a notice, e.g. 中级、副高级. */
export function levelsText(levels: readonly string[]): string {
  return levels.map((l) => labelOf(titleLevels, l)).join("、");
}
