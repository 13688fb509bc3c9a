import "server-only";
import type { EntryView, SectionModuleKey, SectionView } from "@/lib/application-form/form.types";
import { type EntryModuleKey, entryModuleKeys, type ModuleKey, moduleKeys } from "@/lib/application-form/modules";
import { missingAssessmentYears } from "@/lib/application-form/section-fields";
import { requiresTwoExperts } from "./exceptional-experts";
import type { FormRules } from "./form-rules";
import { checkEntry, checkSection } from "./parse-module-data";

type FormData = { sections: Record<SectionModuleKey, SectionView>; entries: Record<EntryModuleKey, EntryView[]> };

/**
 * The navigator's completion mark: a module is complete when it holds data and all of it passes
 * the module's own rules. A section must be saved; an entry module needs at least one entry,
 * required or not (an empty optional module is simply not marked; whether that blocks submission
 * is for the validation report). 年度考核 saves year by year and is complete once every year has
 * its result. 破格推荐专家 is complete unless 两名专家推荐破格 is chosen and
 * there are not exactly two valid experts.
 */
export function formCompletion({ sections, entries }: FormData, rules: FormRules): Record<ModuleKey, boolean> {
  const entriesComplete = (module: EntryModuleKey) => {
    const list = entries[module];
    return list.length > 0 && list.every((e) => checkEntry(module, e.data).success);
  };
  const completion = {} as Record<ModuleKey, boolean>;
  for (const module of moduleKeys) {
    if (module === "exceptionalExperts") {
      completion[module] =
        !requiresTwoExperts(sections.basicInfo?.data) || (entries[module].length === 2 && entriesComplete(module));
    } else if ((entryModuleKeys as ModuleKey[]).includes(module)) {
      completion[module] = entriesComplete(module as EntryModuleKey);
    } else {
      const section = sections[module as SectionModuleKey];
      completion[module] =
        section !== null &&
        checkSection(module as SectionModuleKey, section.data, rules).success &&
        (module !== "annualAssessment" || missingAssessmentYears(section.data, rules.assessmentYears).length === 0);
    }
  }
  return completion;
}
