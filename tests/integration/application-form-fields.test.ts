import { describe, expect, it } from "vitest";
import { shanghaiToday } from "@/lib/application-form/fields";
import { assessmentData, basicInfo, entryData, startDraft, textData } from "../helpers/application-form";
import { makeOrgWithPublisher } from "../helpers/fixtures";
import { refusal } from "../helpers/trpc-errors";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb(makeOrgWithPublisher);

const draft = () => startDraft(t.db, t.org, t.publisherId);
const tomorrow = () => new Date(Date.now() + 2 * 86400_000).toISOString().slice(0, 10);

describe("基本信息", () => {
  it("身份证号 is read-only: the server keeps the signed-in person's number whatever the form sends", async () => {
    const { person, api, applicationId } = await draft();
    const saved = await api.applicationForm.saveSection({
      applicationId,
      module: "basicInfo",
      version: null,
      data: { ...basicInfo, idCardNumber: "110101199003070011" },
    });
    expect(saved.data.idCardNumber).toBe(person.idCardNumber);
    const form = await api.applicationForm.get({ applicationId });
    expect(form.sections.basicInfo).toMatchObject({
      version: 1,
      data: { idCardNumber: person.idCardNumber, name: "张工" },
    });
    expect(form.identity).toEqual({ name: person.name, idCardNumber: person.idCardNumber, mobile: person.mobile });
  });

  it("出生日期 must agree with the signed-in person's 身份证号", async () => {
    const { api, applicationId } = await draft();
    const result = await refusal(
      api.applicationForm.saveSection({
        applicationId,
        module: "basicInfo",
        version: null,
        data: { ...basicInfo, birthDate: "1986-02-03" },
      }),
    );
    expect(result).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { birthDate: ["出生日期与身份证号不一致"] } });
  });

  it("the mobile number must be an 11-digit mainland number", async () => {
    const { api, applicationId } = await draft();
    const result = await refusal(
      api.applicationForm.saveSection({
        applicationId,
        module: "basicInfo",
        version: null,
        data: { ...basicInfo, mobile: "1380013800" },
      }),
    );
    expect(result).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { mobile: ["请输入11位手机号码"] } });
  });

  it("申报级别 must be one of the notice's levels", async () => {
    const { api, applicationId } = await draft();
    const result = await refusal(
      api.applicationForm.saveSection({
        applicationId,
        module: "basicInfo",
        version: null,
        data: { ...basicInfo, appliedLevel: "SENIOR" },
      }),
    );
    expect(result).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { appliedLevel: ["所选级别不在本通知的申报范围内"] },
    });
  });

  it("the level error is reported together with the form's other errors", async () => {
    const { api, applicationId } = await draft();
    const result = await refusal(
      api.applicationForm.saveSection({
        applicationId,
        module: "basicInfo",
        version: null,
        data: { ...basicInfo, appliedLevel: "JUNIOR", name: "", workStartDate: tomorrow() },
      }),
    );
    expect(result.fieldErrors).toMatchObject({
      appliedLevel: ["所选级别不在本通知的申报范围内"],
      name: ["请填写姓名"],
      workStartDate: ["参加工作时间不能晚于今天"],
    });
  });

  it("破格 requires a 破格类别", async () => {
    const { api, applicationId } = await draft();
    const result = await refusal(
      api.applicationForm.saveSection({
        applicationId,
        module: "basicInfo",
        version: null,
        data: { ...basicInfo, category: "EXCEPTIONAL" },
      }),
    );
    expect(result.fieldErrors).toEqual({ exceptionalCategory: ["申报类别为破格时，请选择破格类别"] });
    expect(await t.db.applicationSection.count({ where: { applicationId } })).toBe(0);
  });
});

describe("年度考核, 继续教育 and the short texts", () => {
  it("年度考核 asks for the five years before the notice's year and saves them year by year", async () => {
    const { api, applicationId } = await draft();
    const form = await api.applicationForm.get({ applicationId });
    const noticeYear = Number(shanghaiToday().slice(0, 4));
    expect(form.assessmentYears).toEqual([1, 2, 3, 4, 5].map((i) => noticeYear - i));

    const [latest, ...earlier] = form.assessmentYears;
    const first = await api.applicationForm.saveSection({
      applicationId,
      module: "annualAssessment",
      version: null,
      data: assessmentData([latest], "EXCELLENT"),
    });
    expect((await api.applicationForm.get({ applicationId })).sections.annualAssessment?.data).toEqual(
      assessmentData([latest], "EXCELLENT"),
    );

    const all = { results: { ...assessmentData(earlier).results, [latest]: "EXCELLENT" } };
    const second = await api.applicationForm.saveSection({
      applicationId,
      module: "annualAssessment",
      version: first.version,
      data: all,
    });
    expect(second.version).toBe(first.version + 1);
    expect((await api.applicationForm.get({ applicationId })).completion.annualAssessment).toBe("complete");
  });

  it("年度考核 refuses a result that is not one of the dictionary's, naming the year", async () => {
    const { api, applicationId } = await draft();
    const [latest] = (await api.applicationForm.get({ applicationId })).assessmentYears;
    const result = await refusal(
      api.applicationForm.saveSection({
        applicationId,
        module: "annualAssessment",
        version: null,
        data: { results: { [latest]: "SUPERB" } },
      }),
    );
    expect(result).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { [`results.${latest}`]: [`请从列表中选择${latest}年度考核结果`] },
    });
  });

  it("继续教育学时 must be a whole number in range", async () => {
    const { api, applicationId } = await draft();
    for (const [hours, message] of [
      [-1, "近5年继续教育学时不能小于0"],
      [5001, "近5年继续教育学时不能大于5000"],
      [1.5, "近5年继续教育学时须为整数"],
    ] as const) {
      const result = await refusal(
        api.applicationForm.saveSection({
          applicationId,
          module: "continuingEducation",
          version: null,
          data: { hours },
        }),
      );
      expect(result.fieldErrors).toEqual({ hours: [message] });
    }
    expect(
      (
        await api.applicationForm.saveSection({
          applicationId,
          module: "continuingEducation",
          version: null,
          data: { hours: "96" },
        })
      ).data,
    ).toEqual({
      hours: 96,
    });
  });

  it("a short text over its limit is refused with the limit named", async () => {
    const { api, applicationId } = await draft();
    const result = await refusal(
      api.applicationForm.saveSection({
        applicationId,
        module: "innovation",
        version: null,
        data: { text: "字".repeat(501) },
      }),
    );
    expect(result.fieldErrors).toEqual({ text: ["创新技术改革方法不能超过500个字"] });
    const saved = await api.applicationForm.saveSection({
      applicationId,
      module: "innovation",
      version: null,
      data: { text: "字".repeat(500) },
    });
    expect(saved.version).toBe(1);
  });
});

describe("repeatable entries", () => {
  it("an end date before the start date is refused at the end date", async () => {
    const { api, applicationId } = await draft();
    const result = await refusal(
      api.applicationForm.addEntry({
        applicationId,
        module: "education",
        data: { ...entryData.education, endDate: "2003-08-31" },
      }),
    );
    expect(result).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { endDate: ["毕业时间不能早于入学时间"] } });
  });

  it("a date in the future is refused", async () => {
    const { api, applicationId } = await draft();
    const result = await refusal(
      api.applicationForm.addEntry({
        applicationId,
        module: "papers",
        data: { ...entryData.papers, publishedOn: tomorrow() },
      }),
    );
    expect(result.fieldErrors).toEqual({ publishedOn: ["出版日期不能晚于今天"] });
  });

  it("numbers out of range are refused", async () => {
    const { api, applicationId } = await draft();
    const rank = await refusal(
      api.applicationForm.addEntry({ applicationId, module: "patents", data: { ...entryData.patents, rank: 0 } }),
    );
    expect(rank.fieldErrors).toEqual({ rank: ["本人排名不能小于1"] });
    const funding = await refusal(
      api.applicationForm.addEntry({ applicationId, module: "projects", data: { ...entryData.projects, funding: -3 } }),
    );
    expect(funding.fieldErrors).toEqual({ funding: ["项目经费不能为负数"] });
    expect(await t.db.applicationSection.count({ where: { applicationId } })).toBe(0);
    expect(await t.db.projectEntry.count({ where: { applicationId } })).toBe(0);
  });

  it("an expert's phone must be a mobile or a landline with area code", async () => {
    const { api, applicationId } = await draft();
    const result = await refusal(
      api.applicationForm.addEntry({
        applicationId,
        module: "exceptionalExperts",
        data: { ...entryData.exceptionalExperts, phone: "12345" },
      }),
    );
    expect(result.fieldErrors).toEqual({ phone: ["请填写11位手机号或带区号的固定电话"] });
  });

  it("every module's entry reads back as the form sent it: dates as YYYY-MM-DD, amounts as numbers, empty optionals as ''", async () => {
    const { api, applicationId } = await draft();
    for (const module of [
      "education",
      "workExperience",
      "papers",
      "projects",
      "patents",
      "workReports",
      "honors",
      "punishments",
    ] as const) {
      const saved = await api.applicationForm.addEntry({ applicationId, module, data: entryData[module] });
      expect(saved.version).toBe(1);
      expect(saved.data).toEqual(entryData[module]);
    }
    const form = await api.applicationForm.get({ applicationId });
    expect(form.entries.projects[0].data).toEqual(entryData.projects);
    expect(form.entries.workExperience[0].data).toEqual({ ...entryData.workExperience, endDate: "" });
    const stored = await t.db.projectEntry.findFirstOrThrow({ where: { applicationId } });
    expect(stored.startDate.toISOString()).toBe("2019-01-01T00:00:00.000Z");
    expect(stored.funding?.toNumber()).toBe(12.5);
  });

  it("an edit can clear an optional field", async () => {
    const { api, applicationId } = await draft();
    const added = await api.applicationForm.addEntry({ applicationId, module: "papers", data: entryData.papers });
    const { issnIsbn: _removed, ...withoutIssn } = entryData.papers;
    const updated = await api.applicationForm.updateEntry({
      applicationId,
      module: "papers",
      entryId: added.id,
      version: added.version,
      data: withoutIssn,
    });
    expect(updated).toMatchObject({ version: 2, data: { issnIsbn: "" } });
    expect((await t.db.paperEntry.findUniqueOrThrow({ where: { id: added.id } })).issnIsbn).toBeNull();
  });

  it("saved sections and texts are all in the loaded form", async () => {
    const { api, applicationId } = await draft();
    await api.applicationForm.saveSection({
      applicationId,
      module: "grassrootsService",
      version: null,
      data: textData,
    });
    const form = await api.applicationForm.get({ applicationId });
    expect(form.sections.grassrootsService).toEqual({ version: 1, data: textData });
    expect(form.sections.industryRecognition).toBeNull();
  });
});
