import { describe, expect, it } from "vitest";
import { isNoticeEditable, noticeTransitions, transitionsFrom } from "@/lib/admin/notices/notice-status";

describe("申报通知的状态流转", () => {
  it("a draft can only be published", () => {
    expect(transitionsFrom("DRAFT")).toEqual(["publish"]);
  });

  it("a published notice can only be closed", () => {
    expect(transitionsFrom("PUBLISHED")).toEqual(["close"]);
  });

  it("a closed notice is final", () => {
    expect(transitionsFrom("CLOSED")).toEqual([]);
  });

  it("each transition stamps the time it happened", () => {
    expect(noticeTransitions.publish).toMatchObject({ to: "PUBLISHED", stampField: "publishedAt" });
    expect(noticeTransitions.close).toMatchObject({ to: "CLOSED", stampField: "closedAt" });
  });

  it("only a draft's content may be edited", () => {
    expect(["DRAFT", "PUBLISHED", "CLOSED"].filter((s) => isNoticeEditable(s as "DRAFT"))).toEqual(["DRAFT"]);
  });
});
