import { describe, expect, it } from "vitest";
import type { ApplicationContent, ContentAttachment, ContentEntry } from "@/lib/application/content.types";
import type { SectionModuleKey } from "@/lib/application-form/form.types";
import { type EntryModuleKey, entryModuleKeys } from "@/lib/application-form/modules";
import { type AttachmentSlotCode, entrySlotOf, materialSlotCodes } from "@/lib/attachments/slots";
import { idCardCheckChar } from "@/lib/validation/id-card";
import { formRulesOf } from "@/server/domain/application-form/form-rules";
import { parseSection } from "@/server/domain/application-form/parse-module-data";
import { evaluateRules, type ValidationInput, validationRules } from "@/server/domain/submission/validation-rules";
import { assessmentData, basicInfo, entryData, textData, twoExpertsBasicInfo } from "../fixtures/application-form-data";

/**
 * 数据验证信息, rule by rule: a complete application passes every rule; each case below breaks one
 * thing and exactly its rule reports it. The complete application is built from the same fixtures
 * the form tests save, as the content loader would read it back.
 */
const first17 = "22010219850101001";
const idCardNumber = first17 + idCardCheckChar(first17);
const notice = {
  id: "notice-1",
  title: "关于开展2027年度工程系列职称评审申报工作的通知",
  series: "ENGINEERING",
  levels: ["INTERMEDIATE", "SUB_SENIOR"] as ("INTERMEDIATE" | "SUB_SENIOR")[],
  startsAt: new Date("2026-11-01T00:00:00Z"),
  // 2027-01-28 17:00 in Beijing.
  endsAt: new Date("2027-01-28T09:00:00Z"),
};
const rules = formRulesOf(notice, { idCardNumber });
const unitId = "unit-1";

let ids = 0;
const nextId = () => `id-${++ids}`;

function file(slot: AttachmentSlotCode, entryId: string | null = null): ContentAttachment {
  return {
    id: nextId(),
    slot,
    entryId,
    name: "证明.pdf",
    mimeType: "application/pdf",
    size: 1000,
    sha256: "0".repeat(64),
    createdAt: "2026-11-20T00:00:00.000Z",
  };
}

const section = (module: SectionModuleKey, data: unknown) => parseSection(module, data, rules);

function completeContent(): ApplicationContent {
  const entries = Object.fromEntries(
    entryModuleKeys.map((module) => {
      const count = module === "exceptionalExperts" ? 2 : 1;
      const list: ContentEntry[] = Array.from({ length: count }, () => ({
        id: nextId(),
        data: {
          ...entryData[module],
          ...("representative" in entryData[module] ? { representative: true } : {}),
        },
      }));
      return [module, list];
    }),
  ) as Record<EntryModuleKey, ContentEntry[]>;
  const proofs = entryModuleKeys.flatMap((module) =>
    entries[module]
      .filter((e) => e.data.representative === true || module === "exceptionalExperts")
      .map((e) => file(entrySlotOf(module), e.id)),
  );
  return {
    application: {
      id: "application-1",
      status: "DRAFT",
      notice: {
        ...notice,
        startsAt: notice.startsAt.toISOString(),
        endsAt: notice.endsAt.toISOString(),
        committeeName: "工程系列高级评委会",
      },
      unit: { id: unitId, name: "吉林省测试研究院", creditCode: "91220101MA00000011", departmentName: "省工信厅" },
    },
    applicant: { id: "applicant-1", name: "张工", idCardNumber, mobile: "13800138000" },
    assessmentYears: rules.assessmentYears,
    sections: {
      basicInfo: section("basicInfo", twoExpertsBasicInfo),
      continuingEducation: section("continuingEducation", { hours: 120 }),
      annualAssessment: section("annualAssessment", assessmentData(rules.assessmentYears)),
      innovation: section("innovation", textData),
      industryRecognition: section("industryRecognition", textData),
      grassrootsService: section("grassrootsService", textData),
      otherAchievements: section("otherAchievements", textData),
    },
    entries,
    attachments: [file("PHOTO"), ...materialSlotCodes.map((slot) => file(slot)), ...proofs],
  };
}

function completeInput(): ValidationInput {
  return {
    content: completeContent(),
    notice: { status: "PUBLISHED", startsAt: notice.startsAt, endsAt: notice.endsAt },
    binding: { unitId },
    now: new Date("2026-12-01T02:00:00Z"),
  };
}

const only = <T>(list: T[]) => {
  expect(list).toHaveLength(1);
  return list[0];
};

type Case = { rule: string; what: string; change: (input: ValidationInput) => void; message?: string };

const paperId = (input: ValidationInput) => input.content.entries.papers[0].id;
const withoutFile = (input: ValidationInput, slot: AttachmentSlotCode, entryId: string | null = null) => {
  input.content.attachments = input.content.attachments.filter((a) => !(a.slot === slot && a.entryId === entryId));
};

const cases: Case[] = [
  {
    rule: "noticeAccepting",
    what: "one second after the deadline",
    change: (i) => {
      i.now = new Date(notice.endsAt.getTime() + 1000);
    },
    message: "申报已于2027年1月28日 17:00截止",
  },
  {
    rule: "noticeAccepting",
    what: "at the deadline itself (the window is [startsAt, endsAt))",
    change: (i) => {
      i.now = notice.endsAt;
    },
  },
  {
    rule: "noticeAccepting",
    what: "a notice closed early by the department",
    change: (i) => {
      i.notice.status = "CLOSED";
    },
    message: "该申报通知已关闭，不再受理申报",
  },
  {
    rule: "bindingToUnit",
    what: "the binding has ended",
    change: (i) => {
      i.binding = null;
    },
    message: "您与推荐单位的绑定已解除或尚未通过审核，请先绑定推荐单位",
  },
  {
    rule: "bindingToUnit",
    what: "bound to another unit",
    change: (i) => {
      i.binding = { unitId: "unit-2" };
    },
    message: "您当前绑定的推荐单位不是本申报的推荐单位「吉林省测试研究院」",
  },
  {
    rule: "requiredModules",
    what: "no 工作经历",
    change: (i) => {
      i.content.entries.workExperience = [];
    },
    message: "请至少添加一条「工作经历」",
  },
  {
    rule: "requiredModules",
    what: "年度考核 never saved",
    change: (i) => {
      i.content.sections.annualAssessment = null;
    },
    message: "请填写并保存「年度考核」",
  },
  {
    rule: "appliedLevel",
    what: "a level the notice no longer offers",
    change: (i) => {
      i.content.application.notice.levels = ["INTERMEDIATE"];
    },
    message: "申报级别「副高级」不在本通知的申报级别（中级）内",
  },
  {
    rule: "evaluationEducation",
    what: "no 参评学历",
    change: (i) => {
      i.content.entries.education[0].data.representative = false;
    },
    message: "请将至少一条教育经历标记为参评学历",
  },
  {
    rule: "evaluationEducation",
    what: "three 参评学历",
    change: (i) => {
      for (let n = 0; n < 2; n++) {
        const entry = { id: nextId(), data: { ...entryData.education, representative: true } };
        i.content.entries.education.push(entry);
        i.content.attachments.push(file("EDUCATION_PROOF", entry.id));
      }
    },
    message: "参评学历最多两条，当前3条",
  },
  {
    rule: "annualAssessmentYears",
    what: "one of the five years missing",
    change: (i) => {
      const results = { ...(i.content.sections.annualAssessment?.results as Record<string, string>) };
      delete results[String(rules.assessmentYears[2])];
      i.content.sections.annualAssessment = { results };
    },
    message: `请选择${rules.assessmentYears[2]}年度考核结果`,
  },
  {
    rule: "continuingEducationHours",
    what: "继续教育 not filled in",
    change: (i) => {
      i.content.sections.continuingEducation = null;
    },
    message: "请填写近5年继续教育学时",
  },
  {
    rule: "exceptionalExperts",
    what: "只有一名 expert under 两名专家推荐破格",
    change: (i) => {
      const [, second] = i.content.entries.exceptionalExperts;
      i.content.entries.exceptionalExperts = [i.content.entries.exceptionalExperts[0]];
      withoutFile(i, "EXPERT_ATTACHMENT", second.id);
    },
    message: "「两名专家推荐破格」须有两名破格推荐专家，当前1名",
  },
  {
    rule: "exceptionalExperts",
    what: "an expert without the signed 推荐意见表",
    change: (i) => withoutFile(i, "EXPERT_ATTACHMENT", i.content.entries.exceptionalExperts[1].id),
    message: "「李专家」：请上传专家推荐意见表（签名）",
  },
  {
    rule: "exceptionalExperts",
    what: "experts left over after switching to 正常申报",
    change: (i) => {
      i.content.sections.basicInfo = section("basicInfo", basicInfo);
      i.content.entries.exceptionalExperts = [i.content.entries.exceptionalExperts[0]];
    },
    message: "「李专家」：当前申报类别为「正常申报」，不需要破格推荐专家，请删除",
  },
  {
    rule: "exceptionalExperts",
    what: "experts saved under another 破格类别",
    change: (i) => {
      i.content.sections.basicInfo = section("basicInfo", {
        ...twoExpertsBasicInfo,
        exceptionalCategory: "OUTSTANDING_ACHIEVEMENT",
      });
      i.content.entries.exceptionalExperts = [i.content.entries.exceptionalExperts[0]];
    },
    message: "「李专家」：当前申报类别为「破格（业绩成果突出破格）」，不需要破格推荐专家，请删除",
  },
  {
    rule: "datesInOrder",
    what: "a paper published after today (Beijing time)",
    change: (i) => {
      i.content.entries.papers[0].data.publishedOn = "2026-12-02";
    },
    message: "「配电网故障定位方法研究」：出版日期不能晚于今天",
  },
  {
    rule: "datesInOrder",
    what: "毕业时间 before 入学时间",
    change: (i) => {
      i.content.entries.education[0].data.endDate = "2003-01-01";
    },
    message: "「吉林大学」：毕业时间不能早于入学时间",
  },
  {
    rule: "textLimits",
    what: "创新技术改革方法 over 500 characters",
    change: (i) => {
      i.content.sections.innovation = { text: "创".repeat(501) };
    },
    message: "「创新技术改革方法」不能超过500个字，当前501字",
  },
  {
    rule: "requiredFiles",
    what: "no photo",
    change: (i) => withoutFile(i, "PHOTO"),
    message: "请上传个人照片",
  },
  {
    rule: "requiredFiles",
    what: "no 单位公示表",
    change: (i) => withoutFile(i, "UNIT_PUBLICITY"),
    message: "请上传单位公示表",
  },
  {
    rule: "representativeProofs",
    what: "the representative paper without its proof",
    change: (i) => withoutFile(i, "PAPER_PROOF", paperId(i)),
    message: "「配电网故障定位方法研究」为代表性论文著作，请上传论文著作证明（封面、目录、正文）",
  },
  {
    rule: "moduleFields",
    what: "an entry with a required field empty",
    change: (i) => {
      i.content.entries.workExperience[0].data.post = "";
    },
    message: "「测试单位」：请填写工作岗位",
  },
];

describe("数据验证信息 rules", () => {
  it("a complete application passes every rule", () => {
    const { results, problems } = evaluateRules(completeInput());
    expect(problems).toEqual([]);
    expect(results.map((r) => r.rule)).toEqual(validationRules.map((r) => r.name));
  });

  it("every rule of the table has a failing case below", () => {
    expect(new Set(cases.map((c) => c.rule))).toEqual(new Set(validationRules.map((r) => r.name)));
  });

  it.each(cases)("$rule fails alone: $what", ({ rule, change, message }) => {
    const input = completeInput();
    change(input);
    const problems = evaluateRules(input).problems;
    expect(problems.length).toBeGreaterThan(0);
    expect(new Set(problems.map((p) => p.rule))).toEqual(new Set([rule]));
    if (message) expect(problems.map((p) => p.message)).toContain(message);
  });

  it("one second before the deadline the notice still accepts", () => {
    const input = completeInput();
    input.now = new Date(notice.endsAt.getTime() - 1000);
    expect(evaluateRules(input).problems).toEqual([]);
  });

  it("a problem names its place: module, entry and field, so the list can open it there", () => {
    const input = completeInput();
    input.content.entries.education[0].data.endDate = "2003-01-01";
    withoutFile(input, "CHSI_REPORT");
    withoutFile(input, "PHOTO");
    const problems = evaluateRules(input).problems;
    expect(problems).toContainEqual(
      expect.objectContaining({
        module: "education",
        entryId: input.content.entries.education[0].id,
        field: "endDate",
      }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ module: "materials", field: "CHSI_REPORT" }));
    expect(problems).toContainEqual(expect.objectContaining({ module: "basicInfo", field: "PHOTO" }));
  });

  it("a field two rules find is listed once, with the more specific rule's message", () => {
    const input = completeInput();
    input.content.sections.innovation = { text: "创".repeat(600) };
    const { results, problems } = evaluateRules(input);
    const atField = (r: { module: string; field?: string }) => r.module === "innovation" && r.field === "text";
    expect(results.find((r) => r.rule === "moduleFields")?.problems.filter(atField)).toHaveLength(1);
    expect(only(problems.filter(atField)).rule).toBe("textLimits");
  });

  it("an empty draft lists what is missing, module by module", () => {
    const input = completeInput();
    const { content } = input;
    for (const key of Object.keys(content.sections) as SectionModuleKey[]) content.sections[key] = null;
    for (const key of entryModuleKeys) content.entries[key] = [];
    content.attachments = [];
    const messages = evaluateRules(input).problems.map((p) => `${p.module}: ${p.message}`);
    expect(messages).toEqual([
      "basicInfo: 请填写并保存「基本信息」",
      "education: 请至少添加一条「教育经历」",
      "workExperience: 请至少添加一条「工作经历」",
      "annualAssessment: 请填写并保存「年度考核」",
      "continuingEducation: 请填写近5年继续教育学时",
      "basicInfo: 请上传个人照片",
      "materials: 请上传身份证正面",
      "materials: 请上传身份证反面",
      "materials: 请上传教育部学籍在线验证报告",
      "materials: 请上传单位公示表",
    ]);
  });
});
