import "server-only";
import type { z } from "zod";
import type { ApplicationContent, ContentEntry } from "@/lib/application/content.types";
import { entryModuleOf } from "@/lib/application-form/entry-fields";
import { shanghaiToday } from "@/lib/application-form/fields";
import { type SectionModuleKey, sectionModuleKeys } from "@/lib/application-form/form.types";
import {
  type EntryModuleKey,
  entryModuleKeys,
  type ModuleKey,
  modules,
  textModuleKeys,
} from "@/lib/application-form/modules";
import { basicInfoFields, missingAssessmentYears } from "@/lib/application-form/section-fields";
import { type AttachmentSlotCode, entrySlotOf, materialSlotCodes, slotOf } from "@/lib/attachments/slots";
import { labelOf, titleLevels } from "@/lib/dictionaries";
import { applicationCategories, exceptionalCategories } from "@/lib/dictionaries/application-form";
import { submissionMessages } from "@/lib/submission/messages";
import type { Problem } from "@/lib/submission/problem";
import { requiresTwoExperts } from "../application-form/exceptional-experts";
import type { FormRules } from "../application-form/form-rules";
import { checkEntry, checkSection } from "../application-form/parse-module-data";
import { validationMessages as m } from "./messages";
import { type AcceptingNotice, noticeRefusal } from "./notice-acceptance";

/**
 * 数据验证信息: the rules an application must meet before 提交, one named entry each, in one table.
 * They read only the SAVED application (ApplicationContent), the notice, the applicant's approved
 * binding and the server's clock — never what a browser holds — so the list the applicant reads and
 * the check 提交 makes inside its transaction are the same function on the same data. Adding a rule
 * is one entry here (and its test); bump RULE_SET_VERSION when the rules change, since every
 * submitted snapshot records the version that passed it.
 */
export const RULE_SET_VERSION = 2;

export type ValidationInput = {
  content: ApplicationContent;
  notice: AcceptingNotice;
  /** The applicant's approved binding now (解除绑定 ends it), or null. */
  binding: { unitId: string } | null;
  now: Date;
};

type Found = Omit<Problem, "rule">;

export type ValidationRule = {
  name: string;
  /** What the rule asks, in the applicant's words. */
  description: string;
  check(input: ValidationInput): Found[];
};

/** The rules each module's data is checked against beyond its schema, from the content itself. */
function formRulesOf(content: ApplicationContent): FormRules {
  return {
    levels: content.application.notice.levels,
    assessmentYears: content.assessmentYears,
    idCardNumber: content.applicant.idCardNumber,
  };
}

const entryTitle = (module: EntryModuleKey, entry: ContentEntry, index: number) => {
  const title = entry.data[entryModuleOf(module).titleField];
  return typeof title === "string" && title.trim() ? title.trim() : m.unnamedEntry(index);
};

const path = (issue: z.core.$ZodIssue) => (issue.path.length ? issue.path.map(String).join(".") : undefined);

const hasFile = (content: ApplicationContent, slot: AttachmentSlotCode, entryId: string | null = null) =>
  content.attachments.some((a) => a.slot === slot && a.entryId === entryId);

const isRepresentative = (entry: ContentEntry) => entry.data.representative === true;

const dateFieldsOf = (fields: Record<string, { kind: string; label: string }>) =>
  Object.entries(fields).filter(([, f]) => f.kind === "date");

const isDate = (v: unknown): v is string => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);

/**
 * The rules, most specific first: where two rules find the same field, the list shows the first
 * one's message (see evaluateRules). The module schemas' own check comes last and catches whatever
 * the specific rules do not name.
 */
export const validationRules: readonly ValidationRule[] = [
  {
    name: "noticeAccepting",
    description: "申报通知仍在受理申报：已发布，且当前时间在申报时间内（被退回后重新提交不受申报时间限制）",
    check: ({ content, notice, now }) => {
      // A returned application goes back to the stage that returned it: the review runs after the
      // notice's window, so the window bounds the first 提交 only.
      if (content.application.status === "RETURNED") return [];
      const refusal = noticeRefusal(notice, now);
      return refusal ? [{ module: "application", message: refusal }] : [];
    },
  },
  {
    name: "bindingToUnit",
    description: "申报人与本申报的推荐单位的绑定仍有效（单位已审核通过）",
    check: ({ content, binding }) => {
      if (!binding) return [{ module: "application", message: submissionMessages.bindingMissing }];
      const unit = content.application.unit;
      return binding.unitId === unit.id
        ? []
        : [{ module: "application", message: submissionMessages.bindingOtherUnit(unit.name) }];
    },
  },
  {
    name: "requiredModules",
    description: "必填模块已填写：基本信息、教育经历、工作经历、年度考核",
    check: ({ content }) =>
      (Object.keys(modules) as ModuleKey[])
        .filter((k) => modules[k].required)
        .flatMap((module): Found[] => {
          const { label, kind } = modules[module];
          if (kind === "section") {
            return content.sections[module as SectionModuleKey] ? [] : [{ module, message: m.sectionMissing(label) }];
          }
          return content.entries[module as EntryModuleKey].length ? [] : [{ module, message: m.entriesMissing(label) }];
        }),
  },
  {
    name: "appliedLevel",
    description: "申报级别是本通知的申报级别之一",
    check: ({ content }) => {
      const level = content.sections.basicInfo?.appliedLevel;
      const offered = content.application.notice.levels;
      if (typeof level !== "string" || !level || (offered as readonly string[]).includes(level)) return [];
      const names = offered.map((l) => labelOf(titleLevels, l)).join("、");
      return [
        {
          module: "basicInfo",
          field: "appliedLevel",
          message: m.levelNotOffered(labelOf(titleLevels, level), names),
        },
      ];
    },
  },
  {
    name: "evaluationEducation",
    description: "教育经历中参评学历至少一条、至多两条",
    check: ({ content }) => {
      const educations = content.entries.education;
      if (educations.length === 0) return [];
      const count = educations.filter(isRepresentative).length;
      if (count === 0) return [{ module: "education", message: m.noEvaluationEducation }];
      return count > 2 ? [{ module: "education", message: m.tooManyEvaluationEducations(count) }] : [];
    },
  },
  {
    name: "annualAssessmentYears",
    description: "年度考核填写了近五年的每一年",
    check: ({ content }) => {
      const section = content.sections.annualAssessment;
      if (!section) return [];
      return missingAssessmentYears(section, content.assessmentYears).map((year) => ({
        module: "annualAssessment" as const,
        field: `results.${year}`,
        message: m.assessmentYearMissing(year),
      }));
    },
  },
  {
    name: "continuingEducationHours",
    description: "填写了近5年继续教育学时",
    check: ({ content }) =>
      typeof content.sections.continuingEducation?.hours === "number"
        ? []
        : [{ module: "continuingEducation", field: "hours", message: m.hoursMissing }],
  },
  {
    name: "exceptionalExperts",
    description:
      "破格类别为「两名专家推荐破格」时恰有两名破格推荐专家，每名都上传了专家推荐意见表；其他申报类别不保存推荐专家",
    check: ({ content }) => {
      const basicInfo = content.sections.basicInfo;
      const experts = content.entries.exceptionalExperts;
      const slot = entrySlotOf("exceptionalExperts");
      const title = (e: ContentEntry, i: number) => entryTitle("exceptionalExperts", e, i);
      if (!requiresTwoExperts(basicInfo)) {
        const category =
          basicInfo?.category === "EXCEPTIONAL"
            ? `${labelOf(applicationCategories, "EXCEPTIONAL")}（${labelOf(exceptionalCategories, String(basicInfo.exceptionalCategory ?? ""))}）`
            : labelOf(applicationCategories, "NORMAL");
        return experts.map((e, i) => ({
          module: "exceptionalExperts" as const,
          entryId: e.id,
          message: m.expertNotApplicable(title(e, i), category),
        }));
      }
      const found: Found[] = [];
      if (experts.length !== 2) found.push({ module: "exceptionalExperts", message: m.expertsCount(experts.length) });
      experts.forEach((e, i) => {
        if (!hasFile(content, slot, e.id)) {
          found.push({
            module: "exceptionalExperts",
            entryId: e.id,
            field: slot,
            message: m.expertAttachmentMissing(title(e, i), slotOf(slot).label),
          });
        }
      });
      return found;
    },
  },
  {
    name: "datesInOrder",
    description: "各模块的日期不晚于今天，结束时间不早于开始时间",
    check: ({ content, now }) => {
      const today = shanghaiToday(now);
      const found: Found[] = [];
      const basicInfo = content.sections.basicInfo ?? {};
      for (const [key, field] of dateFieldsOf(basicInfoFields)) {
        const value = basicInfo[key];
        if (isDate(value) && value > today) {
          found.push({ module: "basicInfo", field: key, message: m.dateInFuture(field.label) });
        }
      }
      for (const module of entryModuleKeys) {
        const { fields, period } = entryModuleOf(module);
        content.entries[module].forEach((entry, index) => {
          const title = entryTitle(module, entry, index);
          const at = (field: string, message: string) =>
            found.push({ module, entryId: entry.id, field, message: m.entryProblem(title, message) });
          for (const [key, field] of dateFieldsOf(fields)) {
            const value = entry.data[key];
            if (isDate(value) && value > today) at(key, m.dateInFuture(field.label));
          }
          if (!period) return;
          const [start, end] = period.map((k) => entry.data[k]);
          if (isDate(start) && isDate(end) && end < start) {
            at(period[1], m.endBeforeStart(fields[period[1]].label, fields[period[0]].label));
          }
        });
      }
      return found;
    },
  },
  {
    name: "textLimits",
    description: "创新技术改革方法等简述不超过字数限制",
    check: ({ content }) =>
      textModuleKeys.flatMap((module): Found[] => {
        const text = content.sections[module]?.text;
        const max = modules[module].maxLength ?? 500;
        if (typeof text !== "string" || text.trim().length <= max) return [];
        return [{ module, field: "text", message: m.textTooLong(modules[module].label, max, text.trim().length) }];
      }),
  },
  {
    name: "requiredFiles",
    description: "个人照片和必传材料（身份证正面、反面，教育部学籍在线验证报告，单位公示表）已上传",
    check: ({ content }) => {
      const found: Found[] = [];
      if (slotOf("PHOTO").required && !hasFile(content, "PHOTO")) {
        found.push({ module: "basicInfo", field: "PHOTO", message: m.fileMissing(slotOf("PHOTO").label) });
      }
      for (const slot of materialSlotCodes) {
        if (slotOf(slot).required && !hasFile(content, slot)) {
          found.push({ module: "materials", field: slot, message: m.fileMissing(slotOf(slot).label) });
        }
      }
      return found;
    },
  },
  {
    name: "representativeProofs",
    description: "参评学历和每类代表性成果都上传了证明附件",
    check: ({ content }) =>
      entryModuleKeys
        .filter((module) => modules[module].representative)
        .flatMap((module) => {
          const slot = entrySlotOf(module);
          return content.entries[module]
            .map((entry, index) => ({ entry, index }))
            .filter(({ entry }) => isRepresentative(entry) && !hasFile(content, slot, entry.id))
            .map(({ entry, index }) => ({
              module,
              entryId: entry.id,
              field: slot,
              message: m.proofMissing(module, entryTitle(module, entry, index), slotOf(slot).label),
            }));
        }),
  },
  {
    name: "moduleFields",
    description: "已保存的各模块内容符合填写要求（必填项、格式、取值范围、日期先后）",
    check: ({ content }) => {
      const rules = formRulesOf(content);
      const found: Found[] = [];
      for (const module of sectionModuleKeys) {
        const data = content.sections[module];
        if (!data) continue;
        const result = checkSection(module, data, rules);
        if (result.success) continue;
        for (const issue of result.issues) found.push({ module, field: path(issue), message: issue.message });
      }
      for (const module of entryModuleKeys) {
        content.entries[module].forEach((entry, index) => {
          const result = checkEntry(module, entry.data);
          if (result.success) return;
          const title = entryTitle(module, entry, index);
          for (const issue of result.issues) {
            found.push({
              module,
              entryId: entry.id,
              field: path(issue),
              message: m.entryProblem(title, issue.message),
            });
          }
        });
      }
      return found;
    },
  },
];

/** One rule's outcome, as the submitted snapshot records it. */
export type RuleResult = { rule: string; description: string; problems: Problem[] };

/**
 * Every rule's problems, and the list the applicant reads: each problem once per place — where
 * two rules name the same field of the same entry, the earlier (more specific) rule's message.
 */
export function evaluateRules(
  input: ValidationInput,
  rules: readonly ValidationRule[] = validationRules,
): { results: RuleResult[]; problems: Problem[] } {
  const results = rules.map((rule) => ({
    rule: rule.name,
    description: rule.description,
    problems: rule.check(input).map((found) => ({ rule: rule.name, ...found })),
  }));
  const seen = new Set<string>();
  const problems = results
    .flatMap((r) => r.problems)
    .filter((p) => {
      if (p.field === undefined) return true;
      const key = `${p.module}|${p.entryId ?? ""}|${p.field}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return { results, problems };
}
