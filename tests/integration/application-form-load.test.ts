import { describe, expect, it } from "vitest";
import { moduleKeys } from "@/lib/application-form/modules";
import { basicInfo, entryData, fillForm, startDraft } from "../helpers/application-form";
import { makeOrgWithPublisher } from "../helpers/fixtures";
import { useTestDb } from "../helpers/use-test-db";

describe("loading the whole form", () => {
  const t = useTestDb(makeOrgWithPublisher);

  it("a new draft: the notice, the unit, the identity for prefill, and no module complete except the experts nobody asked for", async () => {
    const { person, api, applicationId, notice } = await startDraft(t.db, t.org, t.publisherId);
    const form = await api.applicationForm.get({ applicationId });

    const { editableScopes, ...application } = form.application;
    expect(application).toEqual({
      id: applicationId,
      status: "DRAFT",
      editable: true,
      notice: {
        id: notice.id,
        title: notice.title,
        levels: ["INTERMEDIATE", "SUB_SENIOR"],
        series: "ENGINEERING",
        endsAt: notice.endsAt,
      },
      unit: { name: t.org.unit.name, creditCode: t.org.unit.creditCode, departmentName: t.org.department.name },
      returned: null,
    });
    expect(Object.keys(editableScopes).sort()).toEqual([...moduleKeys, "materials"].sort());
    expect(Object.values(editableScopes).every(Boolean)).toBe(true);
    expect(form.identity).toEqual({ name: person.name, idCardNumber: person.idCardNumber, mobile: "13800138000" });
    expect(Object.values(form.sections).every((s) => s === null)).toBe(true);
    expect(Object.values(form.entries).every((list) => list.length === 0)).toBe(true);
    expect(Object.keys(form.completion).sort()).toEqual([...moduleKeys].sort());
    expect(Object.entries(form.completion).filter(([, mark]) => mark === "complete")).toEqual([
      ["exceptionalExperts", "complete"],
    ]);
  });

  it("a filled form is complete in every module, entries in the order they were added", async () => {
    const { api, applicationId } = await startDraft(t.db, t.org, t.publisherId);
    await fillForm(api, applicationId, 2);
    const form = await api.applicationForm.get({ applicationId });
    expect(Object.entries(form.completion).filter(([, mark]) => mark !== "complete")).toEqual([]);
    expect(form.entries.papers.map((e) => e.data.representative)).toEqual([true, false]);
  });

  it("两名专家推荐破格 is complete only with exactly two experts", async () => {
    const { api, applicationId } = await startDraft(t.db, t.org, t.publisherId);
    await fillForm(api, applicationId, 1);
    expect((await api.applicationForm.get({ applicationId })).completion.exceptionalExperts).toBe("incomplete");
    await api.applicationForm.addEntry({
      applicationId,
      module: "exceptionalExperts",
      data: entryData.exceptionalExperts,
    });
    expect((await api.applicationForm.get({ applicationId })).completion.exceptionalExperts).toBe("complete");
  });

  it("an optional module left empty reads 未填写（选填）, a required one 未完成; saved data that no longer passes its rules is 未完成", async () => {
    const { api, applicationId } = await startDraft(t.db, t.org, t.publisherId);
    await api.applicationForm.saveSection({ applicationId, module: "basicInfo", version: null, data: basicInfo });
    expect((await api.applicationForm.get({ applicationId })).completion).toMatchObject({
      basicInfo: "complete",
      punishments: "optionalEmpty",
      innovation: "optionalEmpty",
      continuingEducation: "optionalEmpty",
      education: "incomplete",
      annualAssessment: "incomplete",
    });

    const { noticeId } = await t.db.application.findUniqueOrThrow({ where: { id: applicationId } });
    await t.db.notice.update({ where: { id: noticeId }, data: { levels: ["INTERMEDIATE"] } });
    expect((await api.applicationForm.get({ applicationId })).completion.basicInfo).toBe("incomplete");
  });
});

describe("loading costs a fixed number of queries whatever the number of entries", () => {
  const counting = useTestDb(undefined, { countQueries: true });

  it("1 and 15 entries per module take the same, small number of queries", async () => {
    const { db } = counting;
    const { org, publisherId } = await makeOrgWithPublisher(db);
    const small = await startDraft(db, org, publisherId, "一条");
    const large = await startDraft(db, org, publisherId, "十五条");
    await fillForm(small.api, small.applicationId, 1);
    await fillForm(large.api, large.applicationId, 15);

    const smallCount = await counting.countQueries(() =>
      small.api.applicationForm.get({ applicationId: small.applicationId }),
    );
    const largeForm = await large.api.applicationForm.get({ applicationId: large.applicationId });
    const largeCount = await counting.countQueries(() =>
      large.api.applicationForm.get({ applicationId: large.applicationId }),
    );

    expect(largeForm.entries.papers).toHaveLength(15);
    expect(largeCount).toBe(smallCount);
    expect(largeCount).toBeLessThanOrEqual(2);
    console.info(`applicationForm.get: ${largeCount} queries with 1 or 15 entries per module`);
  });
});
