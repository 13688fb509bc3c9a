import { describe, expect, it } from "vitest";
import { z } from "zod";
import { requiredText } from "@/lib/application-form/fields";
import { searchField } from "@/lib/pagination";
import { safeText, textMessages, textProblem, withoutUnsafeText } from "@/lib/validation/text";

const CONTROL = textMessages.control;
const UNREADABLE = textMessages.unreadable;

describe("the one text rule", () => {
  it("accepts Chinese, full-width punctuation, emoji, other scripts, tab and line feed", () => {
    for (const text of [
      "高级工程师（电气）：配电网、继电保护；“优秀”！",
      "👩‍🔬🇨🇳👍🏽❤️",
      "𠀀𪚥", // CJK Extension B: surrogate pairs, well formed
      "مرحبا שלום Привет",
      "第一行\n\t第二行",
      "\u200b\u2028",
    ])
      expect(textProblem(text), text).toBeNull();
  });

  it("refuses C0 controls but tab and line feed, DEL, C1 controls and the bidi controls as control characters", () => {
    const refused = [
      ..."\u0000\u0001\u0007\u0008\u000b\u000c\u000d\u001b\u001f\u007f\u0080\u0085\u009f",
      ..."\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
    ];
    for (const c of refused) expect(textProblem(`a${c}b`), c.codePointAt(0)?.toString(16)).toBe("control");
  });

  it("refuses lone surrogates and the replacement character as unreadable", () => {
    for (const text of ["\ud800", "a\udc00", "\ud83d", "x\ufffdy", "\ude00\ud83d"])
      expect(textProblem(text), JSON.stringify(text)).toBe("unreadable");
  });

  it("turns CR LF and a lone CR into LF before the rule, in every field built on it", () => {
    expect(safeText().parse("a\r\nb\rc")).toBe("a\nb\nc");
    expect(requiredText("工作单位").parse(" 甲\r\n乙 ")).toBe("甲\n乙");
  });

  it("gives a field one message: the rule's, not also its length or format", () => {
    const issues = (schema: z.ZodType, value: unknown) =>
      (schema.safeParse(value).error?.issues ?? []).map((i) => i.message);
    expect(issues(requiredText("工作单位", 10), `${"长".repeat(20)}\u0000`)).toEqual([CONTROL]);
    expect(issues(requiredText("工作单位"), "\ud800")).toEqual([UNREADABLE]);
    expect(issues(requiredText("工作单位"), undefined)).toEqual(["请填写工作单位"]);
    expect(issues(z.object({ q: searchField }), { q: "\u202e" })).toEqual([CONTROL]);
    expect(z.object({ q: searchField }).parse({ q: "  " })).toEqual({ q: undefined });
  });

  it("can clean text that is only displayed, keeping well-formed emoji", () => {
    expect(withoutUnsafeText("\u202egpj\u0000.exe\ud800😀\ufffd")).toBe("gpj.exe😀");
  });
});
