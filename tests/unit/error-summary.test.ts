import { describe, expect, it } from "vitest";
import { flattenErrors, summaryOf } from "@/components/ui/error-summary";

const fields = [
  { name: "name", id: "basic-name", label: "姓名" },
  { name: "mobile", id: "basic-mobile", label: "手机号" },
  { name: "results", id: "year-2021", label: "年度考核" },
  { name: "results.2021", id: "year-2021", label: "2021年度" },
  { name: "results.2022", id: "year-2022", label: "2022年度" },
];

describe("the error summary of a failed save", () => {
  it("lists the fields with a message in the form's order, not the order the messages came in", () => {
    expect(
      summaryOf(fields, [
        ["mobile", "请输入11位手机号码"],
        ["name", "请填写姓名"],
      ]),
    ).toEqual([
      { id: "basic-name", label: "姓名", message: "请填写姓名" },
      { id: "basic-mobile", label: "手机号", message: "请输入11位手机号码" },
    ]);
  });

  it("gives a message to its own field, else to the field its path is inside, and leaves out the rest", () => {
    const lines = summaryOf(
      [{ name: "holidays", id: "holiday-dates", label: "节假日" }, ...fields],
      [
        ["results.2022", "请选择2022年度考核结果"],
        ["holidays.3", "2026-02-30 不是有效日期"],
        ["holidays.5", "2026-13-01 不是有效日期"],
        ["unknown", "不属于任何字段"],
      ],
    );
    expect(lines).toEqual([
      { id: "holiday-dates", label: "节假日", message: "2026-02-30 不是有效日期" },
      { id: "year-2022", label: "2022年度", message: "请选择2022年度考核结果" },
    ]);
  });

  it("reads react-hook-form's nested errors as dotted paths", () => {
    const errors = {
      name: { type: "too_small", message: "请填写姓名" },
      results: { "2021": { type: "invalid_value", message: "请选择2021年度考核结果" } },
    };
    expect(flattenErrors(errors)).toEqual([
      ["name", "请填写姓名"],
      ["results.2021", "请选择2021年度考核结果"],
    ]);
  });
});
