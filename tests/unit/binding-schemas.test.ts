import { describe, expect, it } from "vitest";
import { creditCodeSearchSchema, rejectReasonFormSchema } from "@/lib/binding/binding.schema";
import { creditCodeCheckChar, creditCodeMessages } from "@/lib/validation/credit-code";

const first17 = "91220101MA0000001";
const valid = first17 + creditCodeCheckChar(first17);

function messageFor(schema: typeof creditCodeSearchSchema | typeof rejectReasonFormSchema, value: object) {
  const result = schema.safeParse(value);
  return result.success ? null : result.error.issues.map((i) => i.message);
}

describe("查询表单：统一社会信用代码", () => {
  it("accepts a valid code typed in lower case with spaces and sends it upper-case", () => {
    expect(creditCodeSearchSchema.parse({ creditCode: ` ${valid.toLowerCase()} ` })).toEqual({ creditCode: valid });
  });

  it.each([
    ["", "请输入统一社会信用代码"],
    [valid.slice(0, 17), creditCodeMessages.length],
    [`${valid.slice(0, 17)}O`, creditCodeMessages.characters],
    [`${valid.slice(0, 17)}${valid[17] === "1" ? "2" : "1"}`, creditCodeMessages.checkChar],
  ])("%j shows exactly one message at the field", (creditCode, message) => {
    expect(messageFor(creditCodeSearchSchema, { creditCode })).toEqual([message]);
  });
});

describe("驳回理由", () => {
  it("is trimmed and must say something of 2–200 characters", () => {
    expect(rejectReasonFormSchema.parse({ reason: "  非本单位职工 " })).toEqual({ reason: "非本单位职工" });
    expect(messageFor(rejectReasonFormSchema, { reason: "   " })).toEqual(["请填写驳回理由"]);
    expect(messageFor(rejectReasonFormSchema, { reason: "否" })).toEqual(["驳回理由至少2个字，请写明原因"]);
    expect(messageFor(rejectReasonFormSchema, { reason: "理".repeat(201) })).toEqual(["驳回理由不能超过200个字"]);
  });
});
