import "server-only";
import type { ApplicationContent } from "@/lib/application/content.types";
import { entryModuleOf } from "@/lib/application-form/entry-fields";
import { type EntryModuleKey, modules } from "@/lib/application-form/modules";
import { basicInfoFields, continuingEducationFields } from "@/lib/application-form/section-fields";
import { labelOf, titleSeries } from "@/lib/dictionaries";
import type { DocumentSpec, Section } from "../document.types";
import { businessFormText as T } from "./labels";
import {
  assessmentLine,
  categoryText,
  type FormOptions,
  hasRecommendingExperts,
  hoursText,
  labelledColumns,
  labelledGrid,
  moduleText,
  textSection,
} from "./sections";
import { applicantName, basicPair, entryLine, fixedLabel, representativeEntries, shown } from "./values";

/** 参评学历, one a line: 「吉林大学 电气工程及其自动化 大学本科 学士（2007-07-01毕业）」. */
function evaluationEducation(content: ApplicationContent): string {
  const { fields } = entryModuleOf("education");
  const lines = representativeEntries(content, "education").map(({ data }) => {
    const parts = (["school", "major", "educationLevel", "degree"] as const)
      .map((key) => shown(fields[key], data[key]))
      .filter((text) => text !== T.empty);
    return `${parts.join(" ")}（${T.graduated(shown(fields.endDate, data.endDate))}）`;
  });
  return lines.length > 0 ? lines.join("\n") : T.empty;
}

/** The public data of the applicant: no 身份证号, no mobile number. */
function person(content: ApplicationContent): Section {
  const pair = (key: Parameters<typeof basicPair>[1], span = 1) => basicPair(content, key, span);
  const evaluation = T.evaluationEducation;
  return {
    columns: labelledGrid(112, 70, 84, 70, 111),
    rows: [
      [...pair("name"), ...pair("gender"), ...pair("birthDate")],
      [
        fixedLabel(T.workUnit),
        { text: content.application.unit.name, source: T.workUnit, span: 3 },
        ...pair("workStartDate"),
      ],
      [...pair("currentTitle"), ...pair("currentTitleDate"), ...pair("post")],
      [
        fixedLabel(T.series),
        { text: labelOf(titleSeries, content.application.notice.series) },
        ...pair("appliedTitle"),
        ...pair("appliedLevel"),
      ],
      [
        { text: basicInfoFields.category.label, style: "label" },
        { text: categoryText(content), source: basicInfoFields.category.label },
        ...pair("specialty"),
        { text: continuingEducationFields.hours.label, style: "label" },
        { text: hoursText(content) },
      ],
      [fixedLabel(evaluation), { text: evaluationEducation(content), source: evaluation, span: 5 }],
      [
        fixedLabel(modules.annualAssessment.label),
        { text: assessmentLine(content), source: modules.annualAssessment.label, span: 5 },
      ],
    ],
  };
}

/** The representative entry of each kind, one a line with its details. */
function achievements(content: ApplicationContent): Section {
  const kinds = Object.keys(T.representative) as (keyof typeof T.representative & EntryModuleKey)[];
  const rows = kinds.map((module): Parameters<typeof textSection>[1][number] => {
    const lines = representativeEntries(content, module).map((entry) => entryLine(module, entry));
    return { label: T.representative[module], text: lines.join("\n") || T.none, source: modules[module].label };
  });
  rows.push({
    label: modules.innovation.label,
    text: moduleText(content, "innovation"),
    source: modules.innovation.label,
  });
  if (hasRecommendingExperts(content)) {
    const { fields } = entryModuleOf("exceptionalExperts");
    const experts = content.entries.exceptionalExperts.map(({ data }) =>
      T.expert(shown(fields.name, data.name), shown(fields.title, data.title), shown(fields.employer, data.employer)),
    );
    rows.push({ label: T.experts, text: experts.join("、") || T.none, source: modules.exceptionalExperts.label });
  }
  return textSection(T.mainAchievements, rows);
}

/** The 公示 itself, filled in by hand on the printed form: the period, the result, the unit's signature and stamp. */
function publicity(): Section {
  return {
    columns: labelledColumns,
    rows: [
      [fixedLabel(T.publicityPeriod), { text: T.publicityPeriodBlank }],
      [fixedLabel(T.publicityResult), { text: T.publicityResultChoices }],
      [fixedLabel(T.unitOpinion), { text: "", footer: [...T.signature], minHeight: 100 }],
    ],
  };
}

/**
 * 公示表: what the recommending unit posts for at least five working days before it recommends
 * the applicant — the public data of the person and the application, the main achievements, and
 * the places for the 公示 period, its result, and the head's signature and the unit's stamp. The
 * applicant prints it, the unit fills it in, and it comes back as the 单位公示表 upload.
 */
export function publicityDocument(content: ApplicationContent, { draft, generatedAt }: FormOptions): DocumentSpec {
  const name = applicantName(content);
  const unit = content.application.unit.name;
  return {
    title: T.publicityTitle,
    subtitle: { text: content.application.notice.title, source: T.noticeSource },
    footerTitle: `${T.publicityTitle} · ${name}`,
    draft,
    generatedAt,
    sections: [person(content), achievements(content), publicity()],
    notes: [...T.publicityNotes],
    properties: { title: `${T.publicityTitle}-${name}`, subject: `${unit} ${content.application.notice.title}` },
  };
}
