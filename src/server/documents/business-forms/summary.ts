import "server-only";
import type { ApplicationContent } from "@/lib/application/content.types";
import { REPRESENTATIVE, tableColumns } from "@/lib/application-form/entry-fields";
import { modules, textModuleKeys } from "@/lib/application-form/modules";
import { basicInfoFields, continuingEducationFields } from "@/lib/application-form/section-fields";
import { businessFormLabel } from "@/lib/business-forms/business-forms";
import { labelOf, titleSeries } from "@/lib/dictionaries";
import type { DocumentSpec, Section } from "../document.types";
import { businessFormText as T } from "./labels";
import {
  assessmentSection,
  categoryText,
  entryTable,
  type FormOptions,
  hasRecommendingExperts,
  hoursText,
  labelledGrid,
  moduleText,
  textSection,
} from "./sections";
import { applicantName, basicPair, fixedLabel, label, representativeEntries, value } from "./values";

/** The person and the application: four label–value pairs a row, as the provincial forms have it. */
function basics(content: ApplicationContent): Section {
  const pair = (key: Parameters<typeof basicPair>[1], span = 1) => basicPair(content, key, span);
  const { unit, notice } = content.application;
  return {
    columns: labelledGrid(70, 56, 62, 64, 66, 64, 65),
    rows: [
      [...pair("name"), ...pair("gender"), ...pair("birthDate"), ...pair("ethnicity")],
      [
        ...pair("politicalStatus"),
        label(basicInfoFields.idCardNumber),
        value(basicInfoFields.idCardNumber, content.applicant.idCardNumber, 3),
        ...pair("workStartDate"),
      ],
      [fixedLabel(T.workUnit), { text: unit.name, source: T.workUnit, span: 5 }, ...pair("specialty")],
      [...pair("currentTitle"), ...pair("currentTitleDate"), ...pair("post", 3)],
      [
        fixedLabel(T.series),
        { text: labelOf(titleSeries, notice.series) },
        ...pair("appliedTitle"),
        ...pair("appliedLevel"),
        label(basicInfoFields.category),
        { text: categoryText(content), source: basicInfoFields.category.label },
      ],
      [
        label(continuingEducationFields.hours),
        { text: hoursText(content) },
        fixedLabel(T.committee),
        { text: notice.committeeName, source: T.committee, span: 5 },
      ],
    ],
  };
}

/**
 * 职称评审一览表: the application on one to three pages for the unit, the department and the
 * committee — the person, education (参评学历 marked), work history, the applied title, 年度考核,
 * the representative achievement of each kind (with how many were entered), the short texts,
 * 惩罚处分, and for 两名专家推荐破格 the two experts with their recommendations.
 */
export function summaryDocument(content: ApplicationContent, { draft, generatedAt }: FormOptions): DocumentSpec {
  const name = applicantName(content);
  const title = businessFormLabel("summary");
  const count = (module: keyof typeof T.representative) =>
    T.entriesCount(T.representative[module], content.entries[module].length);
  const sections: Section[] = [
    basics(content),
    assessmentSection(content),
    entryTable("education", {
      heading: modules.education.label,
      entries: content.entries.education,
      columns: [...tableColumns("education"), { key: REPRESENTATIVE }],
    }),
    entryTable("workExperience", { heading: modules.workExperience.label, entries: content.entries.workExperience }),
    entryTable("papers", { heading: count("papers"), entries: representativeEntries(content, "papers") }),
    entryTable("projects", { heading: count("projects"), entries: representativeEntries(content, "projects") }),
    entryTable("patents", { heading: count("patents"), entries: representativeEntries(content, "patents") }),
    entryTable("workReports", {
      heading: count("workReports"),
      entries: representativeEntries(content, "workReports"),
      details: ["summary"],
    }),
    entryTable("honors", { heading: count("honors"), entries: representativeEntries(content, "honors") }),
    textSection(
      T.achievements,
      textModuleKeys.map((module) => ({
        label: modules[module].label,
        text: moduleText(content, module),
        source: modules[module].label,
      })),
    ),
    entryTable("punishments", { heading: modules.punishments.label, entries: content.entries.punishments }),
  ];
  if (hasRecommendingExperts(content)) {
    sections.push(
      entryTable("exceptionalExperts", {
        heading: modules.exceptionalExperts.label,
        entries: content.entries.exceptionalExperts,
        // The experts' own phone numbers are for the unit, not for a form that is passed around.
        columns: tableColumns("exceptionalExperts").filter((c) => !("key" in c && c.key === "phone")),
        details: ["recommendation"],
      }),
    );
  }
  return {
    title,
    subtitle: { text: content.application.notice.title, source: T.noticeSource },
    footerTitle: `${title} · ${name}`,
    draft,
    generatedAt,
    sections,
    properties: { title: `${title}-${name}`, subject: content.application.notice.title },
  };
}
