import { describe, expect, it } from "vitest";
import { readEntryError } from "@/components/application-form/entries/server-error";
import { actionErrorMessage, fieldErrorOf, readServerError, SERVER_FAULT } from "@/components/ui/server-error";

const refused = (code: string, message: string, fieldErrors?: Record<string, string[]>, reason?: string) => ({
  message,
  data: { code, fieldErrors, reason },
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
      reason: null,
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

  it("returns what the refusal means, so the form branches on it rather than on code and field", () => {
    const stale = refused(
      "CONFLICT",
      "该内容已在其他窗口或设备上修改",
      { version: ["该内容已在其他窗口或设备上修改"] },
      "STALE_VERSION",
    );
    expect(readServerError(stale)).toMatchObject({ code: "CONFLICT", reason: "STALE_VERSION" });
    expect(readServerError(refused("CONFLICT", "该部门名称已存在")).reason).toBeNull();
    expect(readServerError(new TypeError("Failed to fetch")).reason).toBeNull();
    expect(readEntryError(stale).stale).toBe(true);
    expect(
      readEntryError(refused("CONFLICT", "参评项已被占用", { representative: ["参评项已被占用"] }, "MARK_TAKEN")).stale,
    ).toBe(false);
  });

  it("never shows a server fault's text, nor an empty message", () => {
    expect(readServerError(refused("INTERNAL_SERVER_ERROR", "relation does not exist")).message).toBeNull();
    expect(actionErrorMessage(refused("INTERNAL_SERVER_ERROR", "relation does not exist"))).toBe(SERVER_FAULT);
    expect(actionErrorMessage(new TypeError(""))).toBe(SERVER_FAULT);
    expect(actionErrorMessage(null)).toBe("系统繁忙，请稍后重试");
  });

  it("shows a server fault's error number, so the person can quote it", () => {
    const fault = {
      message: "系统繁忙，请稍后重试（错误编号 0a1b2c3d）",
      data: { code: "INTERNAL_SERVER_ERROR", errorId: "0a1b2c3d" },
    };
    expect(actionErrorMessage(fault)).toBe("系统繁忙，请稍后重试（错误编号 0a1b2c3d）");
    // Only a number of the server's own shape is shown.
    const odd = { message: "x", data: { code: "INTERNAL_SERVER_ERROR", errorId: "<script>" } };
    expect(actionErrorMessage(odd)).toBe(SERVER_FAULT);
  });
});
