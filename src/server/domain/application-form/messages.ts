import "server-only";
import type { EntryModuleKey } from "@/lib/application-form/modules";

type MarkedModule = Exclude<EntryModuleKey, "exceptionalExperts" | "workExperience" | "punishments" | "education">;

/** What a 参评 entry is called in each module with a one-entry limit. */
const markNames: Record<MarkedModule, string> = {
  papers: "代表性论文著作",
  projects: "主要科研项目",
  patents: "主要专利",
  workReports: "代表性工作报告",
  honors: "代表性荣誉奖励",
};

const quoted = (titles: string[]) => titles.map((t) => `「${t}」`).join("");

/** 信息填报: refusals the applicant reads, shared by the form pages and the server. */
export const applicationFormMessages = {
  notEditable: "申报已提交，不能修改",
  /** A returned application, outside the modules the reviewer returned it for. */
  notReturned: "该部分未被退回修改，不能修改",
  stale: "该内容已在其他窗口或设备上修改，请刷新后再保存",
  invalid: "填写内容有误，请按提示修改",
  levelNotOffered: "所选级别不在本通知的申报范围内",
  expertsFull: "破格推荐专家最多两名",
  expertsNotRequired: "请先在基本信息中选择申报类别「破格」、破格类别「两名专家推荐破格」并保存",
  markChanged: "参评标记已在其他窗口或设备上变化，请刷新后再保存",
  /** The limit is reached: names the holders so the form can offer to move the mark here. */
  markTaken(module: EntryModuleKey, holderTitles: string[]): string {
    if (module === "education") {
      return `最多两条参评学历：${quoted(holderTitles)}已是参评学历。可选择将其中一条的参评标记改到本条。`;
    }
    const name = markNames[module as MarkedModule] ?? "参评项";
    return `每类只能有一条参评项：${quoted(holderTitles)}已是${name}。可选择将参评标记改到本条。`;
  },
} as const;
