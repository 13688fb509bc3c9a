import contentDisposition from "content-disposition";
import { beforeAll, describe, expect, it } from "vitest";
import type { BusinessFormKind } from "@/lib/business-forms/business-forms";
import { loadSessionUser } from "@/server/auth/session-user";
import { renderBusinessForm } from "@/server/domain/business-forms/render-business-form";
import { AppError } from "@/server/errors";
import { serveBusinessForm } from "../../src/app/api/applications/[id]/business-forms/[kind]/serve-business-form";
import { basicInfo, entryData, fillForm, startDraft, textData, twoExpertsBasicInfo } from "../helpers/application-form";
import { grant, makeOrg, makeOrgWithPublisher, makeUser } from "../helpers/fixtures";
import { joined, pdfFonts, pdfPageGrey, pdfText, popplerMissing } from "../helpers/poppler";
import { testStorage } from "../helpers/storage";
import { completeDraft } from "../helpers/submission";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb(makeOrgWithPublisher);

/** A draft with every module filled in (`perModule` entries each), under `name`. */
async function filledDraft(name: string, perModule = 2, info = twoExpertsBasicInfo) {
  const draft = await startDraft(t.db, t.org, t.publisherId, name);
  await fillForm(draft.api, draft.applicationId, perModule, { ...info, name });
  return draft;
}

const userOf = (id: string) => loadSessionUser(t.db, id).then((u) => u ?? Promise.reject(new Error("no user")));

async function render(personId: string, applicationId: string, kind: BusinessFormKind) {
  return renderBusinessForm(t.db, await userOf(personId), applicationId, kind, new Date("2026-11-28T02:30:00Z"));
}

async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return { code: error.code, message: error.message };
}

// Under CI=true missing tools fail the run (beforeAll below); elsewhere the PDF readings are skipped.
const readsPdfs = popplerMissing && process.env.CI !== "true" ? describe.skip : describe;

readsPdfs("业务表册 as a reader sees them (poppler-utils)", () => {
  beforeAll(() => {
    if (popplerMissing) throw new Error(popplerMissing);
  });

  it("the 职称评审一览表 of a draft gives back the person, the unit, the dates, the level and the representative paper, marked 草稿", async () => {
    const { person, api, applicationId, notice } = await filledDraft("赵一览");
    const { assessmentYears } = await api.applicationForm.get({ applicationId });
    const form = await render(person.id, applicationId, "summary");
    const text = joined(pdfText(form.bytes));

    expect(text).toContain("职称评审一览表");
    expect(text).toContain(joined(notice.title));
    for (const value of [
      "赵一览",
      t.org.unit.name,
      person.idCardNumber ?? "",
      basicInfo.birthDate,
      basicInfo.workStartDate,
      basicInfo.appliedTitle,
      "副高级",
      "破格（两名专家推荐破格）",
      entryData.papers.title,
      entryData.papers.publishedOn,
      entryData.projects.name,
      entryData.patents.patentNumber,
      entryData.workReports.summary,
      entryData.honors.name,
      entryData.education.school,
      entryData.workExperience.employer,
      entryData.exceptionalExperts.recommendation,
      textData.text,
      "120学时",
    ]) {
      expect(text, value).toContain(joined(value));
    }
    expect(text).toContain("代表性论文著作（共填报2项）");
    for (const year of assessmentYears) expect(text).toContain(`${year}年度`);
    expect(text.match(/合格/g)?.length).toBeGreaterThanOrEqual(assessmentYears.length);
    expect(text).toContain("第1页共2页");
    expect(text).toContain("生成时间：2026年11月28日10:30");
    expect(text).toContain("草稿");
    // The experts' phone numbers stay with the unit.
    expect(text).not.toContain(entryData.exceptionalExperts.phone);
  });

  it("the 公示表 shows the public data and the places for the 公示 period, the result, the signature and the stamp — no 身份证号, no mobile", async () => {
    const { person, api, applicationId } = await filledDraft("钱公示");
    const { assessmentYears } = await api.applicationForm.get({ applicationId });
    const text = joined(pdfText((await render(person.id, applicationId, "publicity")).bytes));

    for (const value of [
      "专业技术资格评审材料公示表",
      "钱公示",
      t.org.unit.name,
      basicInfo.appliedTitle,
      "副高级",
      entryData.papers.title,
      entryData.honors.name,
      "李专家（正高级工程师，省电力研究院）",
      "公示时间",
      "公示结果",
      "负责人签字",
      "单位盖章",
      "年月日",
      "第1页共1页",
      ...assessmentYears.map((year) => `${year}年度：合格`),
    ]) {
      expect(text, value).toContain(joined(value));
    }
    expect(text).not.toContain(person.idCardNumber ?? "");
    expect(text).not.toContain(basicInfo.mobile);
    expect(text).not.toContain(entryData.exceptionalExperts.phone);
  });

  it("embeds Noto Sans SC as CID TrueType subsets, tagged as such, in a file far smaller than the 10 MB font", async () => {
    const { person, applicationId } = await filledDraft("孙字体");
    for (const kind of ["summary", "publicity"] as const) {
      const { bytes } = await render(person.id, applicationId, kind);
      const fonts = pdfFonts(bytes);
      expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, "")).sort()).toEqual([
        "NotoSansSC-Bold",
        "NotoSansSC-Regular",
      ]);
      for (const font of fonts) {
        expect(font).toMatchObject({ type: "CID TrueType", embedded: true, subset: true, unicode: true });
        expect(font.name).toMatch(/^[A-Z]{6}\+NotoSansSC-(Regular|Bold)$/);
      }
      expect(fonts[0].name.slice(0, 6)).not.toBe(fonts[1].name.slice(0, 6));
      expect(bytes.length).toBeLessThan(300 * 1024);
    }
  });

  it("draws rare name characters such as 堃 and 喆, and reads them back", async () => {
    const { person, applicationId } = await filledDraft("王堃喆");
    for (const kind of ["summary", "publicity"] as const) {
      const form = await render(person.id, applicationId, kind);
      expect(joined(pdfText(form.bytes))).toContain("王堃喆");
      expect(form.fileName).toBe(`${kind === "summary" ? "职称评审一览表" : "公示表"}-王堃喆.pdf`);
    }
  });

  it("page 1 of each form is drawn: rendered by pdftoppm it has dark pixels (the PNGs are in tests/.artifacts/pdf)", async () => {
    const { person, applicationId } = await filledDraft("周画面");
    for (const kind of ["summary", "publicity"] as const) {
      const { bytes } = await render(person.id, applicationId, kind);
      const page = pdfPageGrey(bytes, 1, 60, kind);
      expect(Math.abs(page.width - (595.28 / 72) * 60)).toBeLessThan(1); // A4 at 60 dpi
      const dark = page.pixels.filter((p) => p < 128).length;
      expect(dark / page.pixels.length).toBeGreaterThan(0.01);
    }
  });

  it("a full application: long texts wrap without losing a character, the table runs on over pages with its head repeated, and the file stays under 300 KB", async () => {
    const long = "基于多源数据融合的配电网故障定位与自愈控制方法，".repeat(20).slice(0, 500);
    const { person, api, applicationId } = await filledDraft("吴完整", 12);
    await api.applicationForm.saveSection({ applicationId, module: "innovation", version: 1, data: { text: long } });
    const { bytes } = await render(person.id, applicationId, "summary");
    const text = pdfText(bytes);

    expect(joined(text)).toContain(joined(long));
    const pages = Number(/共\s*(\d+)\s*页/.exec(text)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(joined(pdfText(bytes, pages))).toContain(`第${pages}页共${pages}页`);
    // 教育经历 runs over the first page break: its heading and column names open page 2 again.
    expect(joined(pdfText(bytes, 2))).toMatch(/^草稿教育经历起止时间毕业学校/);
    expect(bytes.length).toBeLessThan(300 * 1024);
    const publicity = await render(person.id, applicationId, "publicity");
    expect(publicity.bytes.length).toBeLessThan(300 * 1024);
  });

  it("after submission the forms show the frozen snapshot with no 草稿 mark, not later changes to the rows", async () => {
    const { person, api, applicationId } = await completeDraft(t.db, testStorage(), t.org, t.publisherId, "郑提交", {
      ...twoExpertsBasicInfo,
      name: "郑提交",
    });
    const before = joined(pdfText((await render(person.id, applicationId, "summary")).bytes));
    expect(before).toContain("草稿");
    await api.submission.submit({ applicationId, promise: true });
    // Rows changed behind the application's back (no procedure allows it any more) do not reach the forms.
    await t.db.applicationSection.updateMany({
      where: { applicationId, module: "innovation" },
      data: { data: { text: "提交后被改动的内容" } },
    });
    for (const kind of ["summary", "publicity"] as const) {
      const text = joined(pdfText((await render(person.id, applicationId, kind)).bytes));
      expect(text).toContain("郑提交");
      expect(text).not.toContain("草稿");
      expect(text).not.toContain("提交后被改动的内容");
    }
  });
});

describe("a character the font lacks", () => {
  it("is refused before anything is drawn, naming the character and the field it is in", async () => {
    const { person, applicationId } = await filledDraft("张𠀀");
    for (const kind of ["summary", "publicity"] as const) {
      expect(await refusal(render(person.id, applicationId, kind))).toEqual({
        code: "BAD_REQUEST",
        message: "以下字符无法在表册中显示：𠀀（姓名）。请修改后再生成表册",
      });
    }
    const res = await serveBusinessForm({ id: applicationId, kind: "summary" }, new URLSearchParams(), async () => ({
      db: t.db,
      user: await userOf(person.id),
    }));
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain("𠀀（姓名）");
  });

  it("names every field that has one, each character once", async () => {
    const { person, api, applicationId } = await filledDraft("李𠀀");
    await api.applicationForm.saveSection({
      applicationId,
      module: "innovation",
      version: 1,
      data: { text: "方法𠀀与😀改进" },
    });
    expect((await refusal(render(person.id, applicationId, "summary"))).message).toBe(
      "以下字符无法在表册中显示：𠀀（姓名）、😀（创新技术改革方法）。请修改后再生成表册",
    );
  });
});

describe("预览 and 下载 follow the attachments' access rules", () => {
  const get = (personId: string | null, id: string, kind: string, search = "") =>
    serveBusinessForm({ id, kind }, new URLSearchParams(search), async () => ({
      db: t.db,
      user: personId ? await userOf(personId) : null,
    }));

  it("the applicant previews a draft inline and downloads it under a Chinese name, never cached, never sniffed", async () => {
    const { person, applicationId } = await filledDraft("冯下载");
    const preview = await get(person.id, applicationId, "summary");
    expect(preview.status).toBe(200);
    expect(preview.headers.get("content-type")).toBe("application/pdf");
    expect(preview.headers.get("content-disposition")).toBe(
      `inline; filename="summary-form.pdf"; filename*=UTF-8''${encodeURIComponent("职称评审一览表-冯下载.pdf")}`,
    );
    expect(preview.headers.get("x-content-type-options")).toBe("nosniff");
    expect(preview.headers.get("cache-control")).toContain("no-store");
    const body = Buffer.from(await preview.arrayBuffer());
    expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(Number(preview.headers.get("content-length"))).toBe(body.length);

    const download = await get(person.id, applicationId, "publicity", "download=1");
    expect(download.status).toBe(200);
    expect(contentDisposition.parse(download.headers.get("content-disposition") ?? "")).toMatchObject({
      type: "attachment",
      parameters: { filename: "公示表-冯下载.pdf" },
    });
  });

  it("reviewers read them once the application reached their stage, within their scope; nobody else ever does", async () => {
    const { person, api, applicationId } = await completeDraft(t.db, testStorage(), t.org, t.publisherId, "陈权限");
    const unitReviewer = await makeUser(t.db, "本单位审核人");
    await grant(t.db, unitReviewer.id, "UNIT_REVIEWER", { unitId: t.org.unit.id });
    const deptReviewer = await makeUser(t.db, "主管部门审核人");
    await grant(t.db, deptReviewer.id, "DEPT_REVIEWER", { departmentId: t.org.department.id });
    const elsewhere = await makeOrg(t.db);
    const otherUnitReviewer = await makeUser(t.db, "他单位审核人");
    await grant(t.db, otherUnitReviewer.id, "UNIT_REVIEWER", { unitId: elsewhere.unit.id });
    const stranger = await makeUser(t.db, "路人");
    const otherApplicant = await startDraft(t.db, t.org, t.publisherId, "另一申报人");

    // A draft is the applicant's alone.
    expect((await get(person.id, applicationId, "summary")).status).toBe(200);
    expect((await get(unitReviewer.id, applicationId, "summary")).status).toBe(404);

    await api.submission.submit({ applicationId, promise: true });
    // The department reads it once the unit has passed it on.
    expect((await get(deptReviewer.id, applicationId, "summary")).status).toBe(404);
    await t.db.application.update({ where: { id: applicationId }, data: { stage: "DEPT_REVIEW" } });
    for (const kind of ["summary", "publicity"]) {
      expect((await get(person.id, applicationId, kind)).status).toBe(200);
      expect((await get(unitReviewer.id, applicationId, kind)).status).toBe(200);
      expect((await get(deptReviewer.id, applicationId, kind)).status).toBe(200);
      for (const outsider of [stranger.id, otherApplicant.person.id, otherUnitReviewer.id]) {
        const res = await get(outsider, applicationId, kind);
        expect(res.status).toBe(404);
        expect((await res.json()).error.message).toBe("申报记录不存在或无权查看");
      }
    }
    expect((await get(null, applicationId, "summary")).status).toBe(401);
  });

  it("a malformed or unknown id, or an unknown form, is 404 — never a server fault", async () => {
    const { person, applicationId } = await filledDraft("褚乱码");
    for (const [id, kind] of [
      ["not-a-uuid", "summary"],
      ["00000000-0000-4000-8000-000000000000", "summary"],
      ['\'; DROP TABLE "Application";--', "publicity"],
      [applicationId, "certificate"],
      [applicationId, "__proto__"],
      [applicationId, ""],
    ]) {
      expect((await get(person.id, id, kind)).status, `${id} ${kind}`).toBe(404);
    }
  });
});
