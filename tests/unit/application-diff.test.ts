import { describe, expect, it } from "vitest";
import type { ApplicationContent, ContentAttachment } from "@/lib/application/content.types";
import { diffContents } from "@/lib/application/diff";
import { assessmentData, basicInfo, entryData, textData } from "../fixtures/application-form-data";

const file = (over: Partial<ContentAttachment> & Pick<ContentAttachment, "id" | "slot">): ContentAttachment => ({
  entryId: null,
  name: "证明.pdf",
  mimeType: "application/pdf",
  size: 1000,
  sha256: "a".repeat(64),
  createdAt: "2026-11-01T00:00:00.000Z",
  ...over,
});

const years = [2025, 2024, 2023, 2022, 2021];

function content(): ApplicationContent {
  return {
    application: {
      id: "app",
      status: "SUBMITTED",
      notice: {
        id: "n",
        title: "2026年度工程系列职称评审",
        series: "ENGINEERING",
        levels: ["SUB_SENIOR"],
        startsAt: "2026-01-01T00:00:00.000Z",
        endsAt: "2026-12-31T00:00:00.000Z",
        committeeName: "评委会",
      },
      unit: { id: "u", name: "单位", creditCode: "X", departmentName: "部门" },
    },
    applicant: { id: "p", name: "张工", idCardNumber: null, mobile: null },
    assessmentYears: years,
    sections: {
      basicInfo: { ...basicInfo },
      continuingEducation: { hours: 120 },
      annualAssessment: assessmentData(years) as Record<string, unknown>,
      innovation: { ...textData },
      industryRecognition: null,
      grassrootsService: null,
      otherAchievements: null,
    },
    entries: {
      exceptionalExperts: [],
      education: [],
      workExperience: [],
      papers: [
        { id: "p1", data: { ...entryData.papers, title: "论文一", representative: true } },
        { id: "p2", data: { ...entryData.papers, title: "论文二", representative: false } },
      ],
      projects: [],
      patents: [],
      workReports: [],
      honors: [],
      punishments: [],
    },
    attachments: [
      file({ id: "f1", slot: "ID_CARD_FRONT" }),
      file({ id: "f2", slot: "PAPER_PROOF", entryId: "p1", name: "论文一.pdf" }),
    ],
  };
}

describe("what changed between two submissions", () => {
  it("nothing, when the snapshots say the same (file ids aside)", () => {
    const next = content();
    next.attachments = next.attachments.map((f) => ({ ...f, id: `${f.id}-again` }));
    expect(diffContents(content(), next)).toEqual({ modules: [] });
  });

  it("a changed field of a single-record module, named by the form's label, values as people read them", () => {
    const next = content();
    next.sections.basicInfo = { ...basicInfo, post: "高级电气技术员", gender: "F" };
    const [module] = diffContents(content(), next).modules;
    expect(module).toMatchObject({ scope: "basicInfo", label: "基本信息" });
    expect(module.fields).toEqual([
      { key: "gender", label: "性别", before: "男", after: "女" },
      { key: "post", label: "现工作岗位", before: "电气技术员", after: "高级电气技术员" },
    ]);
  });

  it("年度考核 by year, and a short text under its module's name", () => {
    const next = content();
    next.sections.annualAssessment = { results: { ...(assessmentData(years).results as object), 2024: "BASIC" } };
    next.sections.innovation = { text: "新的创新方法" };
    const modules = diffContents(content(), next).modules;
    expect(modules.map((m) => m.scope)).toEqual(["innovation", "annualAssessment"]);
    expect(modules[0].fields).toEqual([
      { key: "text", label: "创新技术改革方法", before: textData.text, after: "新的创新方法" },
    ]);
    expect(modules[1].fields).toMatchObject([{ key: "2024", label: "2024年度考核结果" }]);
  });

  it("a section saved for the first time shows its values as added", () => {
    const next = content();
    next.sections.grassrootsService = { text: "三年驻村" };
    expect(diffContents(content(), next).modules[0]).toMatchObject({
      scope: "grassrootsService",
      fields: [{ before: null, after: "三年驻村" }],
    });
  });

  it("entries added, removed and changed, each with its fields, named by their title", () => {
    const next = content();
    next.entries.papers = [
      { id: "p1", data: { ...entryData.papers, title: "论文一（修订）", representative: true } },
      { id: "p3", data: { ...entryData.papers, title: "论文三", representative: false } },
    ];
    const [papers] = diffContents(content(), next).modules;
    expect(papers.scope).toBe("papers");
    expect(papers.entriesChanged).toEqual([
      {
        entryId: "p1",
        title: "论文一（修订）",
        fields: [{ key: "title", label: expect.any(String), before: "论文一", after: "论文一（修订）" }],
      },
    ]);
    expect(papers.entriesAdded).toMatchObject([{ entryId: "p3", title: "论文三" }]);
    expect(papers.entriesAdded[0].fields.every((f) => f.before === null || f.key === "representative")).toBe(true);
    expect(papers.entriesRemoved).toMatchObject([{ entryId: "p2", title: "论文二" }]);
    expect(papers.entriesRemoved[0].fields.find((f) => f.key === "title")).toMatchObject({ after: null });
  });

  it("a moved 参评 mark reads 是/否", () => {
    const next = content();
    next.entries.papers = next.entries.papers.map((e) => ({
      ...e,
      data: { ...e.data, representative: e.id === "p2" },
    }));
    const [papers] = diffContents(content(), next).modules;
    expect(papers.entriesChanged.map((e) => [e.entryId, e.fields.map((f) => `${f.before}→${f.after}`)])).toEqual([
      ["p1", ["是→否"]],
      ["p2", ["否→是"]],
    ]);
  });

  it("files added and removed by content and name, under the module of their slot or 材料附件信息", () => {
    const next = content();
    next.attachments = [
      file({ id: "g1", slot: "ID_CARD_FRONT", sha256: "b".repeat(64) }),
      file({ id: "f2", slot: "PAPER_PROOF", entryId: "p1", name: "论文一.pdf" }),
      file({ id: "g2", slot: "PAPER_PROOF", entryId: "p1", name: "检索证明.pdf", sha256: "c".repeat(64) }),
    ];
    const modules = diffContents(content(), next).modules;
    expect(modules.map((m) => m.scope)).toEqual(["papers", "materials"]);
    expect(modules[0].filesAdded).toMatchObject([{ id: "g2", slotLabel: expect.any(String), name: "检索证明.pdf" }]);
    expect(modules[0].filesRemoved).toEqual([]);
    expect(modules[1]).toMatchObject({
      label: "材料附件信息",
      filesAdded: [{ id: "g1", slot: "ID_CARD_FRONT" }],
      filesRemoved: [{ id: "f1", slot: "ID_CARD_FRONT" }],
    });
  });

  it("the same file twice counts twice", () => {
    const next = content();
    next.attachments = [...next.attachments, file({ id: "f9", slot: "ID_CARD_FRONT" })];
    expect(diffContents(content(), next).modules).toMatchObject([
      { scope: "materials", filesAdded: [{ id: "f9" }], filesRemoved: [] },
    ]);
  });
});
