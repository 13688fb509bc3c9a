import "server-only";
import { shanghaiToday } from "@/lib/application-form/fields";
import { assessmentYears } from "@/lib/application-form/modules";
import type { TitleLevelCode } from "@/lib/dictionaries";

/** What an application's module data is checked against beyond its own schema. */
export type FormRules = {
  /** 申报级别 must be one the notice offers. */
  levels: readonly TitleLevelCode[];
  /** 年度考核 asks for these years: the five before the year the notice opened (Asia/Shanghai). */
  assessmentYears: number[];
  /** 身份证号 comes from the sign-in identity, never from the form. */
  idCardNumber: string | null;
};

export function formRulesOf(
  notice: { levels: readonly TitleLevelCode[]; startsAt: Date },
  identity: { idCardNumber: string | null },
): FormRules {
  const noticeYear = Number(shanghaiToday(notice.startsAt).slice(0, 4));
  return { levels: notice.levels, assessmentYears: assessmentYears(noticeYear), idCardNumber: identity.idCardNumber };
}
