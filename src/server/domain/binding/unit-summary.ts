import "server-only";

/** A unit as binding screens show it: 单位名称, 统一社会信用代码, 主管部门. */
export const unitSummarySelect = {
  id: true,
  name: true,
  creditCode: true,
  department: { select: { name: true } },
} as const;
