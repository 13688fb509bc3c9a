import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createNoticeSchema } from "@/lib/admin/notices/notice.schema";
import { grantRoleSchema } from "@/lib/admin/roles/role.schema";
import { createUnitSchema } from "@/lib/admin/units/unit.schema";
import { creditCodeCheckChar, creditCodeMessages } from "@/lib/validation/credit-code";
import { changedFields } from "@/server/domain/shared/changed-fields";

/** The messages a form shows beside each field for `value`, exactly as the resolver reads them. */
function fieldErrors(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
}

/** Ids of records chosen in the forms' drop-downs. */
const d1 = randomUUID();
const c1 = randomUUID();
const u1 = randomUUID();

const first17 = "91220101MA0000042";
const validCode = first17 + creditCodeCheckChar(first17);

describe("推荐单位表单", () => {
  it("accepts a lower-case credit code and stores it upper-case", () => {
    const parsed = createUnitSchema.parse({
      name: " 某单位 ",
      creditCode: ` ${validCode.toLowerCase()} `,
      departmentId: d1,
    });
    expect(parsed).toEqual({ name: "某单位", creditCode: validCode, departmentId: d1 });
  });

  it("shows one message per problem: required first, then the first rule broken", () => {
    expect(fieldErrors(createUnitSchema, { name: "", creditCode: "", departmentId: "" })).toEqual({
      name: ["请输入单位名称"],
      creditCode: ["请输入统一社会信用代码"],
      departmentId: ["请选择主管部门"],
    });
    expect(fieldErrors(createUnitSchema, { name: "某单位", creditCode: "123", departmentId: d1 })).toEqual({
      creditCode: [creditCodeMessages.length],
    });
  });

  it("refuses control characters and broken text with the text rule's message, and an id that is not one", () => {
    expect(
      fieldErrors(createUnitSchema, { name: "某\u0000单位", creditCode: `${validCode}\ud800`, departmentId: "d1" }),
    ).toEqual({
      name: ["含有不允许的控制字符，请删除后重新输入"],
      creditCode: ["含有无法识别的字符，请重新输入"],
      departmentId: ["参数无效"],
    });
  });
});

describe("授予角色表单", () => {
  it("asks for the organisation the chosen role is scoped to, and nothing for 系统管理员", () => {
    const base = { userId: u1, unitId: "", departmentId: "", committeeId: "" };
    expect(fieldErrors(grantRoleSchema, { ...base, role: "UNIT_REVIEWER" })).toEqual({ unitId: ["请选择推荐单位"] });
    expect(fieldErrors(grantRoleSchema, { ...base, role: "COMMITTEE_MEMBER" })).toEqual({
      committeeId: ["请选择评委会"],
    });
    expect(fieldErrors(grantRoleSchema, { ...base, role: "ADMIN" })).toEqual({});
    expect(fieldErrors(grantRoleSchema, { ...base, role: "" })).toEqual({ role: ["请选择角色"] });
  });
});

describe("申报通知表单", () => {
  const form = {
    title: "通知",
    body: "注意事项",
    series: "ENGINEERING",
    levels: ["JUNIOR"],
    departmentId: d1,
    committeeId: c1,
    startsAt: "2026-03-01T09:00",
    endsAt: "2026-03-31T17:00",
  };

  it("requires the window to end after it starts", () => {
    expect(fieldErrors(createNoticeSchema, { ...form, endsAt: "2026-03-01T08:59" })).toEqual({
      endsAt: ["申报截止时间须晚于开始时间"],
    });
    expect(fieldErrors(createNoticeSchema, form)).toEqual({});
  });

  it("requires at least one level and drops repeated ones", () => {
    expect(fieldErrors(createNoticeSchema, { ...form, levels: [] })).toEqual({ levels: ["请至少选择一个申报级别"] });
    expect(createNoticeSchema.parse({ ...form, levels: ["JUNIOR", "JUNIOR"] }).levels).toEqual(["JUNIOR"]);
  });

  it("reports a blank end time once, without a window-order message", () => {
    expect(fieldErrors(createNoticeSchema, { ...form, endsAt: "" })).toEqual({ endsAt: ["请选择申报截止时间"] });
  });
});

describe("审计中的修改明细", () => {
  it("records only the fields whose value changed", () => {
    expect(changedFields({ name: "甲", levels: ["JUNIOR"] }, { name: "乙", levels: ["JUNIOR"] })).toEqual({
      name: { from: "甲", to: "乙" },
    });
  });
});
