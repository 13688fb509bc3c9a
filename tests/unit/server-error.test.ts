import { describe, expect, it } from "vitest";
import { actionErrorMessage, fieldErrorOf, readServerError, SERVER_FAULT } from "@/components/ui/server-error";

const refused = (code: string, message: string, fieldErrors?: Record<string, string[]>) => ({
  message,
  data: { code, fieldErrors },
});

describe("reading a refused call in the browser", () => {
  it("keeps the domain message and the first message of each named field", () => {
    const error = refused("BAD_REQUEST", "填写内容有误", {
      endDate: ["结束日期不能早于开始日期", "x"],
      empty: [],
      name: ["请填写姓名"],
    });
    expect(readServerError(error)).toEqual({
      code: "BAD_REQUEST",
      message: "填写内容有误",
      fieldErrors: [
        ["endDate", "结束日期不能早于开始日期"],
        ["name", "请填写姓名"],
      ],
    });
    expect(fieldErrorOf(error, "name")).toBe("请填写姓名");
    expect(fieldErrorOf(error, "empty")).toBeUndefined();
    expect(actionErrorMessage(error)).toBe("填写内容有误");
  });

  it("never shows a server fault's text, nor an empty message", () => {
    expect(readServerError(refused("INTERNAL_SERVER_ERROR", "relation does not exist")).message).toBeNull();
    expect(actionErrorMessage(refused("INTERNAL_SERVER_ERROR", "relation does not exist"))).toBe(SERVER_FAULT);
    expect(actionErrorMessage(new TypeError(""))).toBe(SERVER_FAULT);
    expect(actionErrorMessage(null)).toBe("系统繁忙，请稍后重试");
  });
});
