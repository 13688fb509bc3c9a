import "server-only";
import type { EntryView, ModuleCompletion, SectionModuleKey, SectionView } from "@/lib/application-form/form.types";
import {
  type EntryModuleKey,
  entryModuleKeys,
  type ModuleKey,
  moduleKeys,
  modules,
} from "@/lib/application-form/modules";
import { missingAssessmentYears } from "@/lib/application-form/section-fields";
import { requiresTwoExperts } from "./exceptional-experts";
import type { FormRules } from "./form-rules";
import { checkEntry, checkSection } from "./parse-module-data";

type FormData = { sections: Record<SectionModuleKey, SectionView>; entries: Record<EntryModuleKey, EntryView[]> };

/**
 * The navigator's completion mark: a module is complete when it holds data and all of it passes
 * the module's own rules. A section must be saved; an entry module needs at least one entry,
 * required or not. An optional module with nothing in it is 未填写（选填）, not 未完成: leaving it
 * empty is allowed (whether that blocks submission is for the validation report). 年度考核 saves
 * year by year and is complete once every year has its result. 破格推荐专家 is complete unless
 * 两名专家推荐破格 is chosen and there are not exactly two valid experts.
 */
export function formCompletion(form: FormData, rules: FormRules): Record<ModuleKey, ModuleCompletion> {
  const complete = completeModules(form, rules);
  const marks = {} as Record<ModuleKey, ModuleCompletion>;
  for (const module of moduleKeys) {
    const empty = isEntryModule(module)
      ? form.entries[module].length === 0
      : form.sections[module as SectionModuleKey] === null;
    marks[module] = complete[module] ? "complete" : empty && !modules[module].required ? "optionalEmpty" : "incomplete";
  }
  return marks;
}

const isEntryModule = (module: ModuleKey): module is EntryModuleKey =>
  (entryModuleKeys as ModuleKey[]).includes(module);

function completeModules({ sections, entries }: FormData, rules: FormRules): Record<ModuleKey, boolean> {
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
