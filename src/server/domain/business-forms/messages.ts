import "server-only";
import type { MissingCharacter } from "@/server/documents/missing-characters";

/** 业务表册: refusals the applicant and the reviewers read. */
export const businessFormMessages = {
  notFound: "申报记录不存在或无权查看",
  signInRequired: "登录已过期，请重新登录后查看",
  failed: "表册生成失败，请稍后重试",
  /** 「以下字符无法在表册中显示：𠀀（姓名）、😀（工作单位）。请修改后再生成表册」 */
  missingCharacters(missing: MissingCharacter[]) {
    const bySource = new Map<string, string>();
    for (const { character, source } of missing) bySource.set(source, (bySource.get(source) ?? "") + character);
    const named = [...bySource].map(([source, characters]) => `${characters}（${source}）`).join("、");
    return `以下字符无法在表册中显示：${named}。请修改后再生成表册`;
  },
} as const;
