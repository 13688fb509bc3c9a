import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { basicInfo, entryData, startDraft, textData } from "../helpers/application-form";
import { callerFor, makeApplicantWithUnit, makeOrgWithPublisher } from "../helpers/fixtures";
import { refusal } from "../helpers/trpc-errors";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb(makeOrgWithPublisher);

type Api = Awaited<ReturnType<typeof callerFor>>;

/** One call of every procedure of the form against `applicationId`, touching `entryId` where it needs one. */
function everyProcedure(api: Api, applicationId: string, entryId: string) {
  return {
    get: () => api.applicationForm.get({ applicationId }),
    saveSection: () =>
      api.applicationForm.saveSection({ applicationId, module: "innovation", version: null, data: textData }),
    addEntry: () => api.applicationForm.addEntry({ applicationId, module: "papers", data: entryData.papers }),
    updateEntry: () =>
      api.applicationForm.updateEntry({ applicationId, module: "papers", entryId, version: 1, data: entryData.papers }),
    deleteEntry: () => api.applicationForm.deleteEntry({ applicationId, module: "papers", entryId, version: 1 }),
  };
}

async function draftWithPaper() {
  const started = await startDraft(t.db, t.org, t.publisherId);
  const paper = await started.api.applicationForm.addEntry({
    applicationId: started.applicationId,
    module: "papers",
    data: entryData.papers,
  });
  return { ...started, paperId: paper.id };
}

describe("only the owner reaches an application's form", () => {
  it("another applicant's application is reported as missing by every procedure, and nothing changes", async () => {
    const { applicationId, paperId } = await draftWithPaper();
    const stranger = await makeApplicantWithUnit(t.db, t.org.unit.id, "他人");
    const before = await t.db.application.findUniqueOrThrow({ where: { id: applicationId } });

    for (const [name, call] of Object.entries(everyProcedure(stranger.api, applicationId, paperId))) {
      expect(await refusal(call()), name).toMatchObject({ code: "NOT_FOUND", message: "申报记录不存在" });
    }
    expect(await t.db.application.findUniqueOrThrow({ where: { id: applicationId } })).toEqual(before);
    expect(await t.db.paperEntry.count({ where: { applicationId } })).toBe(1);
    expect(await t.db.applicationSection.count({ where: { applicationId } })).toBe(0);
  });

  it("an unknown application id is reported as missing", async () => {
    const { api } = await makeApplicantWithUnit(t.db, t.org.unit.id);
    for (const [name, call] of Object.entries(everyProcedure(api, randomUUID(), randomUUID()))) {
      expect(await refusal(call()), name).toMatchObject({ code: "NOT_FOUND", message: "申报记录不存在" });
    }
  });

  it("a signed-out visitor is asked to sign in by every procedure", async () => {
    const { applicationId, paperId } = await draftWithPaper();
    const anonymous = await callerFor(t.db, null);
    for (const [name, call] of Object.entries(everyProcedure(anonymous, applicationId, paperId))) {
      expect((await refusal(call())).code, name).toBe("UNAUTHORIZED");
    }
  });
});

describe("only a draft can be changed", () => {
  it("a submitted application can be read but every change is refused", async () => {
    const { api, applicationId, paperId } = await draftWithPaper();
    await t.db.application.update({
      where: { id: applicationId },
      data: { status: "SUBMITTED", stage: "UNIT_REVIEW" },
    });
    const { get, ...mutations } = everyProcedure(api, applicationId, paperId);

    const form = await get();
    expect(form.application).toMatchObject({ status: "SUBMITTED", editable: false });
    expect(Object.values(form.application.editableScopes).some(Boolean)).toBe(false);
    for (const [name, call] of Object.entries(mutations)) {
      expect(await refusal(call()), name).toMatchObject({ code: "FORBIDDEN", message: "申报已提交，不能修改" });
    }
    expect(await t.db.paperEntry.findUniqueOrThrow({ where: { id: paperId } })).toMatchObject({ version: 1 });
    expect(await t.db.paperEntry.count({ where: { applicationId } })).toBe(1);
  });

  it("the refusal comes before any check of the data", async () => {
    const { api, applicationId } = await startDraft(t.db, t.org, t.publisherId);
    await t.db.application.update({
      where: { id: applicationId },
      data: { status: "RETURNED", stage: "UNIT_REVIEW", returnedModules: ["papers"] },
    });
    const result = await refusal(
      api.applicationForm.saveSection({ applicationId, module: "basicInfo", version: null, data: {} }),
    );
    expect(result).toMatchObject({ code: "FORBIDDEN", fieldErrors: null });
  });

  it("a draft is editable", async () => {
    const { api, applicationId } = await startDraft(t.db, t.org, t.publisherId);
    expect((await api.applicationForm.get({ applicationId })).application.editable).toBe(true);
  });
});

describe("two tabs: a stale save is refused, never silently overwrites", () => {
  it("two first saves of the same section: the second is told to reload", async () => {
    const { api, applicationId } = await startDraft(t.db, t.org, t.publisherId);
    await api.applicationForm.saveSection({ applicationId, module: "basicInfo", version: null, data: basicInfo });
    const second = await refusal(
      api.applicationForm.saveSection({
        applicationId,
        module: "basicInfo",
        version: null,
        data: { ...basicInfo, name: "另一个" },
      }),
    );
    expect(second).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { version: ["该内容已在其他窗口或设备上修改，请刷新后再保存"] },
    });
    expect((await api.applicationForm.get({ applicationId })).sections.basicInfo?.data.name).toBe("张工");
  });

  it("two saves with the same version: the second gets a CONFLICT at field version", async () => {
    const { api, applicationId } = await startDraft(t.db, t.org, t.publisherId);
    const first = await api.applicationForm.saveSection({
      applicationId,
      module: "innovation",
      version: null,
      data: textData,
    });
    const tabA = await api.applicationForm.saveSection({
      applicationId,
      module: "innovation",
      version: first.version,
      data: { text: "甲窗口" },
    });
    expect(tabA.version).toBe(2);
    const tabB = await refusal(
      api.applicationForm.saveSection({
        applicationId,
        module: "innovation",
        version: first.version,
        data: { text: "乙窗口" },
      }),
    );
    expect(tabB).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { version: ["该内容已在其他窗口或设备上修改，请刷新后再保存"] },
    });
    expect((await api.applicationForm.get({ applicationId })).sections.innovation).toEqual({
      version: 2,
      data: { text: "甲窗口" },
    });
  });

  it("two simultaneous first saves of a section: one wins, the other is a conflict", async () => {
    const { api, applicationId } = await startDraft(t.db, t.org, t.publisherId);
    const results = await Promise.allSettled(
      ["甲", "乙", "丙"].map((text) =>
        api.applicationForm.saveSection({ applicationId, module: "otherAchievements", version: null, data: { text } }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "CONFLICT" });
  });

  it("an entry saved from a stale tab is refused, and so is its delete", async () => {
    const { api, applicationId, paperId } = await draftWithPaper();
    const update = { applicationId, module: "papers" as const, entryId: paperId, version: 1 };
    await api.applicationForm.updateEntry({ ...update, data: { ...entryData.papers, title: "甲窗口的标题" } });

    const stale = await refusal(
      api.applicationForm.updateEntry({ ...update, data: { ...entryData.papers, title: "乙窗口的标题" } }),
    );
    expect(stale).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { version: ["该内容已在其他窗口或设备上修改，请刷新后再保存"] },
    });
    const staleDelete = await refusal(
      api.applicationForm.deleteEntry({ applicationId, module: "papers", entryId: paperId, version: 1 }),
    );
    expect(staleDelete).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { version: ["该内容已在其他窗口或设备上修改，请刷新后再保存"] },
    });
    expect(await t.db.paperEntry.findUniqueOrThrow({ where: { id: paperId } })).toMatchObject({
      title: "甲窗口的标题",
      version: 2,
    });

    await api.applicationForm.deleteEntry({ applicationId, module: "papers", entryId: paperId, version: 2 });
    expect(await t.db.paperEntry.count({ where: { id: paperId } })).toBe(0);
  });

  it("an entry id of another module is not touched", async () => {
    const { api, applicationId, paperId } = await draftWithPaper();
    const result = await refusal(
      api.applicationForm.deleteEntry({ applicationId, module: "honors", entryId: paperId, version: 1 }),
    );
    expect(result.code).toBe("CONFLICT");
    expect(await t.db.paperEntry.count({ where: { id: paperId } })).toBe(1);
  });
});

describe("audit trail", () => {
  it("every change is recorded against the application, with the module and entry, and bumps its version", async () => {
    const { person, api, applicationId } = await startDraft(t.db, t.org, t.publisherId);
    const versionOf = async () => (await t.db.application.findUniqueOrThrow({ where: { id: applicationId } })).version;
    const start = await versionOf();

    await api.applicationForm.saveSection({ applicationId, module: "basicInfo", version: null, data: basicInfo });
    const paper = await api.applicationForm.addEntry({ applicationId, module: "papers", data: entryData.papers });
    await api.applicationForm.updateEntry({
      applicationId,
      module: "papers",
      entryId: paper.id,
      version: 1,
      data: entryData.papers,
    });
    await api.applicationForm.deleteEntry({ applicationId, module: "papers", entryId: paper.id, version: 2 });
    await refusal(api.applicationForm.addEntry({ applicationId, module: "papers", data: {} }));

    expect(await versionOf()).toBe(start + 4);
    const entries = await t.db.auditLog.findMany({
      where: { entityType: "Application", entityId: applicationId, action: { startsWith: "application." } },
      select: { actorId: true, action: true, detail: true },
    });
    // The refused add left no entry; application.create is the fifth.
    expect(entries).toHaveLength(5);
    expect(entries).toEqual(
      expect.arrayContaining([
        { actorId: person.id, action: "application.section.save", detail: { module: "basicInfo" } },
        { actorId: person.id, action: "application.entry.add", detail: { module: "papers", entryId: paper.id } },
        { actorId: person.id, action: "application.entry.update", detail: { module: "papers", entryId: paper.id } },
        { actorId: person.id, action: "application.entry.delete", detail: { module: "papers", entryId: paper.id } },
      ]),
    );
  });
});
