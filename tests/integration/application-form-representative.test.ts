import { describe, expect, it } from "vitest";
import {
  basicInfo,
  entryData,
  expectOnlyConflicts,
  startDraft,
  twoExpertsBasicInfo,
} from "../helpers/application-form";
import { makeOrgWithPublisher } from "../helpers/fixtures";
import { refusal } from "../helpers/trpc-errors";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb(makeOrgWithPublisher);

const draft = () => startDraft(t.db, t.org, t.publisherId);
const paper = (title: string, representative = true) => ({ ...entryData.papers, title, representative });
const school = (name: string, representative = true) => ({ ...entryData.education, school: name, representative });

describe("代表性论文著作 and the other one-per-application marks", () => {
  it("an applicant can mark only one paper as representative; the refusal names the current one", async () => {
    const { api, applicationId } = await draft();
    await api.applicationForm.addEntry({ applicationId, module: "papers", data: paper("第一篇") });

    const second = await refusal(
      api.applicationForm.addEntry({ applicationId, module: "papers", data: paper("第二篇") }),
    );
    expect(second).toMatchObject({
      code: "CONFLICT",
      fieldErrors: {
        representative: ["每类只能有一条参评项：「第一篇」已是代表性论文著作。可选择将参评标记改到本条。"],
      },
    });
    expect(await t.db.paperEntry.count({ where: { applicationId } })).toBe(1);
  });

  it("the mark moves to the new entry in one step when the applicant chooses so", async () => {
    const { api, applicationId } = await draft();
    const first = await api.applicationForm.addEntry({ applicationId, module: "papers", data: paper("第一篇") });
    const second = await api.applicationForm.addEntry({
      applicationId,
      module: "papers",
      data: paper("第二篇"),
      representativeReplaces: first.id,
    });

    expect(second.data.representative).toBe(true);
    const form = await api.applicationForm.get({ applicationId });
    expect(form.entries.papers.map((e) => [e.data.title, e.data.representative, e.version])).toEqual([
      ["第一篇", false, 2],
      ["第二篇", true, 1],
    ]);
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: {
        entityId: applicationId,
        action: "application.entry.add",
        detail: { path: ["entryId"], equals: second.id },
      },
    });
    expect(audit.detail).toMatchObject({ representativeMovedFrom: first.id });
  });

  it("an edit can take the mark from another entry, and unticking it frees the mark", async () => {
    const { api, applicationId } = await draft();
    const holder = await api.applicationForm.addEntry({
      applicationId,
      module: "honors",
      data: { ...entryData.honors, name: "甲奖", representative: true },
    });
    const other = await api.applicationForm.addEntry({
      applicationId,
      module: "honors",
      data: { ...entryData.honors, name: "乙奖" },
    });

    const refused = await refusal(
      api.applicationForm.updateEntry({
        applicationId,
        module: "honors",
        entryId: other.id,
        version: 1,
        data: { ...other.data, representative: true },
      }),
    );
    expect(refused.fieldErrors).toEqual({
      representative: ["每类只能有一条参评项：「甲奖」已是代表性荣誉奖励。可选择将参评标记改到本条。"],
    });
    expect(await t.db.honorEntry.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({
      version: 1,
      isRepresentative: false,
    });

    const moved = await api.applicationForm.updateEntry({
      applicationId,
      module: "honors",
      entryId: other.id,
      version: 1,
      data: { ...other.data, representative: true },
      representativeReplaces: holder.id,
    });
    expect(moved).toMatchObject({ version: 2, data: { representative: true } });
    expect(await t.db.honorEntry.findUniqueOrThrow({ where: { id: holder.id } })).toMatchObject({
      isRepresentative: false,
      version: 2,
    });

    await api.applicationForm.updateEntry({
      applicationId,
      module: "honors",
      entryId: other.id,
      version: 2,
      data: { ...other.data, representative: false },
    });
    expect(await t.db.honorEntry.count({ where: { applicationId, isRepresentative: true } })).toBe(0);
  });

  it("re-saving the representative entry keeps its mark", async () => {
    const { api, applicationId } = await draft();
    const holder = await api.applicationForm.addEntry({
      applicationId,
      module: "projects",
      data: { ...entryData.projects, representative: true },
    });
    const saved = await api.applicationForm.updateEntry({
      applicationId,
      module: "projects",
      entryId: holder.id,
      version: 1,
      data: holder.data,
    });
    expect(saved.data.representative).toBe(true);
  });

  it("moving the mark from an entry that no longer holds it is refused as changed elsewhere", async () => {
    const { api, applicationId } = await draft();
    const first = await api.applicationForm.addEntry({
      applicationId,
      module: "patents",
      data: { ...entryData.patents, representative: true },
    });
    await api.applicationForm.updateEntry({
      applicationId,
      module: "patents",
      entryId: first.id,
      version: 1,
      data: { ...first.data, representative: false },
    });
    const result = await refusal(
      api.applicationForm.addEntry({
        applicationId,
        module: "patents",
        data: { ...entryData.patents, representative: true },
        representativeReplaces: first.id,
      }),
    );
    expect(result).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { representative: ["参评标记已在其他窗口或设备上变化，请刷新后再保存"] },
    });
  });

  it("deleting the representative entry frees the mark", async () => {
    const { api, applicationId } = await draft();
    const first = await api.applicationForm.addEntry({
      applicationId,
      module: "workReports",
      data: { ...entryData.workReports, representative: true },
    });
    await api.applicationForm.deleteEntry({ applicationId, module: "workReports", entryId: first.id, version: 1 });
    const next = await api.applicationForm.addEntry({
      applicationId,
      module: "workReports",
      data: { ...entryData.workReports, representative: true },
    });
    expect(next.data.representative).toBe(true);
  });
});

describe("参评学历: at most two", () => {
  it("a third 参评学历 is refused naming both, and the mark can move to it, reusing the freed slot", async () => {
    const { api, applicationId } = await draft();
    const bachelor = await api.applicationForm.addEntry({
      applicationId,
      module: "education",
      data: school("吉林大学"),
    });
    await api.applicationForm.addEntry({ applicationId, module: "education", data: school("清华大学") });

    const third = await refusal(
      api.applicationForm.addEntry({ applicationId, module: "education", data: school("北京大学") }),
    );
    expect(third).toMatchObject({
      code: "CONFLICT",
      fieldErrors: {
        representative: [
          "最多两条参评学历：「吉林大学」「清华大学」已是参评学历。可选择将其中一条的参评标记改到本条。",
        ],
      },
    });

    const moved = await api.applicationForm.addEntry({
      applicationId,
      module: "education",
      data: school("北京大学"),
      representativeReplaces: bachelor.id,
    });
    expect(moved.data.representative).toBe(true);
    const rows = await t.db.educationEntry.findMany({
      where: { applicationId },
      orderBy: { createdAt: "asc" },
      select: { school: true, evaluationSlot: true },
    });
    expect(rows).toEqual([
      { school: "吉林大学", evaluationSlot: null },
      { school: "清华大学", evaluationSlot: 2 },
      { school: "北京大学", evaluationSlot: 1 },
    ]);
  });

  it("an education entry that is not 参评 can always be added", async () => {
    const { api, applicationId } = await draft();
    for (const name of ["甲校", "乙校"])
      await api.applicationForm.addEntry({ applicationId, module: "education", data: school(name) });
    const plain = await api.applicationForm.addEntry({
      applicationId,
      module: "education",
      data: school("丙校", false),
    });
    expect(plain.data.representative).toBe(false);
  });
});

describe("破格推荐专家", () => {
  it("experts are added after 两名专家推荐破格 is saved, and at most two", async () => {
    const { api, applicationId } = await draft();
    const add = () =>
      api.applicationForm.addEntry({ applicationId, module: "exceptionalExperts", data: entryData.exceptionalExperts });

    expect(await refusal(add())).toMatchObject({
      code: "BAD_REQUEST",
      message: "请先在基本信息中选择申报类别「破格」、破格类别「两名专家推荐破格」并保存",
    });
    await api.applicationForm.saveSection({
      applicationId,
      module: "basicInfo",
      version: null,
      data: twoExpertsBasicInfo,
    });

    const first = await add();
    await add();
    expect(await refusal(add())).toMatchObject({ code: "CONFLICT", message: "破格推荐专家最多两名" });

    await api.applicationForm.deleteEntry({
      applicationId,
      module: "exceptionalExperts",
      entryId: first.id,
      version: 1,
    });
    await add();
    expect(
      (await t.db.exceptionalExpert.findMany({ where: { applicationId }, select: { slot: true } }))
        .map((e) => e.slot)
        .sort(),
    ).toEqual([1, 2]);
  });

  it("three experts added at once: two are kept, the third is refused", async () => {
    const { api, applicationId } = await draft();
    await api.applicationForm.saveSection({
      applicationId,
      module: "basicInfo",
      version: null,
      data: twoExpertsBasicInfo,
    });
    const results = await Promise.allSettled(
      [1, 2, 3].map(() =>
        api.applicationForm.addEntry({
          applicationId,
          module: "exceptionalExperts",
          data: entryData.exceptionalExperts,
        }),
      ),
    );
    const { fulfilled } = expectOnlyConflicts(results);
    expect(fulfilled).toBe(2);
    expect(await t.db.exceptionalExpert.count({ where: { applicationId } })).toBe(2);
  });

  it("a normal application does not ask for experts", async () => {
    const { api, applicationId } = await draft();
    await api.applicationForm.saveSection({ applicationId, module: "basicInfo", version: null, data: basicInfo });
    expect((await api.applicationForm.get({ applicationId })).completion.exceptionalExperts).toBe("complete");
  });
});

describe("at most 50 entries per module", () => {
  it("the 51st entry of a module is refused with a message naming the limit, and deleting one makes room", async () => {
    const { api, applicationId } = await draft();
    const added = [];
    for (let i = 1; i <= 50; i++)
      added.push(
        await api.applicationForm.addEntry({ applicationId, module: "papers", data: paper(`论文${i}`, false) }),
      );
    expect(
      await refusal(api.applicationForm.addEntry({ applicationId, module: "papers", data: paper("第51篇", false) })),
    ).toMatchObject({ code: "CONFLICT", message: "论文著作最多添加50条，请删除不需要的条目后再添加" });
    // Other modules have their own 50.
    await api.applicationForm.addEntry({ applicationId, module: "honors", data: entryData.honors });

    const [first] = added;
    await api.applicationForm.deleteEntry({
      applicationId,
      module: "papers",
      entryId: first.id,
      version: first.version,
    });
    await api.applicationForm.addEntry({ applicationId, module: "papers", data: paper("第51篇", false) });
    expect(await t.db.paperEntry.count({ where: { applicationId } })).toBe(50);
  });
});

describe(`concurrent requests cannot break the limits (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("ten representative papers added at once: at most one is representative, every refusal is a CONFLICT", async () => {
    const { api, applicationId } = await draft();
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        api.applicationForm.addEntry({ applicationId, module: "papers", data: paper(`并发论文${i}`) }),
      ),
    );
    const { fulfilled, rejected } = expectOnlyConflicts(results);
    expect(fulfilled).toBe(1);
    for (const error of rejected)
      expect(error.message).toMatch(/^每类只能有一条参评项：「并发论文\d」已是代表性论文著作/);
    expect(await t.db.paperEntry.count({ where: { applicationId, isRepresentative: true } })).toBe(1);
  });

  it("ten tabs moving the mark at once: exactly one representative remains", async () => {
    const { api, applicationId } = await draft();
    const holder = await api.applicationForm.addEntry({ applicationId, module: "papers", data: paper("原代表作") });
    const others = [];
    for (let i = 0; i < 10; i++)
      others.push(
        await api.applicationForm.addEntry({ applicationId, module: "papers", data: paper(`候选${i}`, false) }),
      );

    const results = await Promise.allSettled(
      others.map((e) =>
        api.applicationForm.updateEntry({
          applicationId,
          module: "papers",
          entryId: e.id,
          version: e.version,
          data: { ...e.data, representative: true },
          representativeReplaces: holder.id,
        }),
      ),
    );
    const { fulfilled } = expectOnlyConflicts(results);
    expect(fulfilled).toBe(1);
    expect(await t.db.paperEntry.count({ where: { applicationId, isRepresentative: true } })).toBe(1);
  });

  it("three 参评学历 added at once: at most two slots are taken", async () => {
    const { api, applicationId } = await draft();
    const results = await Promise.allSettled(
      ["甲大学", "乙大学", "丙大学"].map((name) =>
        api.applicationForm.addEntry({ applicationId, module: "education", data: school(name) }),
      ),
    );
    const { fulfilled } = expectOnlyConflicts(results);
    expect(fulfilled).toBe(2);
    const slots = await t.db.educationEntry.findMany({
      where: { applicationId, evaluationSlot: { not: null } },
      select: { evaluationSlot: true },
    });
    expect(slots.map((s) => s.evaluationSlot).sort()).toEqual([1, 2]);
  });

  it("entries added at once never go past 50", async () => {
    const { api, applicationId } = await draft();
    for (let i = 1; i <= 47; i++)
      await api.applicationForm.addEntry({
        applicationId,
        module: "projects",
        data: { ...entryData.projects, name: `项目${i}` },
      });
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) =>
        api.applicationForm.addEntry({
          applicationId,
          module: "projects",
          data: { ...entryData.projects, name: `并发${i}` },
        }),
      ),
    );
    const { fulfilled } = expectOnlyConflicts(results);
    expect(fulfilled).toBe(3);
    expect(await t.db.projectEntry.count({ where: { applicationId } })).toBe(50);
  });

  it("the database itself refuses a second representative, whatever writes it", async () => {
    const { api, applicationId } = await draft();
    await api.applicationForm.addEntry({ applicationId, module: "papers", data: paper("已有代表作") });
    await expect(
      t.db.paperEntry.create({
        data: {
          applicationId,
          title: "绕过表单写入",
          publisher: "某期刊",
          publishedOn: new Date("2020-01-01"),
          authorRank: 1,
          isRepresentative: true,
        },
      }),
    ).rejects.toMatchObject({ code: "P2002" });
  });
});
