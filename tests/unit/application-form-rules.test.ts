import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { entrySchemas } from "@/lib/application-form/schemas";
import { entryColumns, toEntryView } from "@/server/domain/application-form/entry-tables";
import { formRulesOf } from "@/server/domain/application-form/form-rules";
import { applicationFormMessages } from "@/server/domain/application-form/messages";
import { checkSection } from "@/server/domain/application-form/parse-module-data";

describe("年度考核 years", () => {
  it("are the five years before the year the notice opened, in Beijing time", () => {
    const newYearInBeijing = new Date("2026-12-31T16:30:00Z");
    expect(formRulesOf({ levels: [], startsAt: newYearInBeijing }, { idCardNumber: null }).assessmentYears).toEqual([
      2026, 2025, 2024, 2023, 2022,
    ]);
    const stillDecember = new Date("2026-12-31T15:59:00Z");
    expect(formRulesOf({ levels: [], startsAt: stillDecember }, { idCardNumber: null }).assessmentYears[0]).toBe(2025);
  });
});

describe("the 参评 refusal names the holders", () => {
  it("in a one-per-application module", () => {
    expect(applicationFormMessages.markTaken("projects", ["智能变电站"])).toBe(
      "每类只能有一条参评项：「智能变电站」已是主要科研项目。可选择将参评标记改到本条。",
    );
  });

  it("for 参评学历", () => {
    expect(applicationFormMessages.markTaken("education", ["甲大学", "乙大学"])).toBe(
      "最多两条参评学历：「甲大学」「乙大学」已是参评学历。可选择将其中一条的参评标记改到本条。",
    );
  });
});

describe("基本信息 rules beyond the schema", () => {
  const rules = { levels: ["INTERMEDIATE" as const], assessmentYears: [], idCardNumber: "220102198501010019" };

  it("the 身份证号 checked is the signed-in person's", () => {
    const result = checkSection("basicInfo", { idCardNumber: "not a number" }, rules);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues.some((i) => i.path[0] === "idCardNumber")).toBe(false);
  });

  it("a level the notice does not offer is named at 申报级别", () => {
    const result = checkSection("basicInfo", { appliedLevel: "SENIOR" }, rules);
    expect(!result.success && result.issues.filter((i) => i.path[0] === "appliedLevel").map((i) => i.message)).toEqual([
      "所选级别不在本通知的申报范围内",
    ]);
  });
});

describe("entries between the form and the table", () => {
  it("dates are stored at UTC midnight, missing optionals as null, and read back in the form's shape", () => {
    const data = entrySchemas.projects.parse({
      name: "项目",
      level: "NATIONAL",
      funding: "3.456",
      role: "LEADER",
      startDate: "2020-02-29",
      representative: true,
    });
    const columns = entryColumns("projects", data);
    expect(columns).toEqual({
      name: "项目",
      level: "NATIONAL",
      funding: 3.46,
      role: "LEADER",
      startDate: new Date("2020-02-29T00:00:00Z"),
      endDate: null,
    });

    const row = {
      ...columns,
      id: "e1",
      version: 3,
      funding: new Prisma.Decimal("3.46"),
      isRepresentative: true,
      applicationId: "a1",
    };
    expect(toEntryView("projects", row)).toEqual({
      id: "e1",
      version: 3,
      data: {
        name: "项目",
        level: "NATIONAL",
        funding: 3.46,
        role: "LEADER",
        startDate: "2020-02-29",
        endDate: "",
        representative: true,
      },
    });
  });

  it("参评学历 is read from the slot", () => {
    const base = {
      id: "e",
      version: 1,
      startDate: new Date("2001-09-01T00:00:00Z"),
      endDate: new Date("2005-07-01T00:00:00Z"),
      degree: null,
    };
    expect(toEntryView("education", { ...base, evaluationSlot: 2 }).data.representative).toBe(true);
    expect(toEntryView("education", { ...base, evaluationSlot: null }).data).toMatchObject({
      representative: false,
      degree: "",
    });
  });
});
