import type { ModuleKey } from "@/lib/application-form/modules";

/**
 * Where a 数据验证信息 problem is fixed: a form module, 材料附件信息 ("materials"), or the
 * application as a whole ("application": the notice's window, the binding to the unit).
 */
export type ProblemModule = ModuleKey | "materials" | "application";

/**
 * One unmet rule of 数据验证信息, in Chinese, at the place the applicant fixes it: the module,
 * the entry of a repeatable module, and the field (a dotted path as the form names it,
 * "results.2021"; an attachment slot code for a missing file).
 */
export type Problem = {
  /** The rule's name in the rule table (src/server/domain/submission/validation-rules.ts). */
  rule: string;
  module: ProblemModule;
  entryId?: string;
  field?: string;
  message: string;
};

/** The result of evaluating the rules on the saved application. */
export type ValidationReport = {
  ruleSetVersion: number;
  checkedAt: Date;
  problems: Problem[];
};
