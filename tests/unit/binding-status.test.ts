import { describe, expect, it } from "vitest";
import { bindingTransitions, isActiveBindingStatus, releaseTransitionFor } from "@/lib/binding/binding-status";
import { bindingStatuses } from "@/lib/dictionaries";

describe("绑定状态", () => {
  it("the unit decides pending requests; the applicant ends their own", () => {
    expect(bindingTransitions).toEqual({
      approve: expect.objectContaining({ from: "PENDING", to: "APPROVED", by: "unit" }),
      reject: expect.objectContaining({ from: "PENDING", to: "REJECTED", by: "unit" }),
      withdraw: expect.objectContaining({ from: "PENDING", to: "WITHDRAWN", by: "applicant" }),
      unbind: expect.objectContaining({ from: "APPROVED", to: "UNBOUND", by: "applicant" }),
    });
  });

  it("only 待审核 and 已绑定 occupy the person's single binding", () => {
    expect(bindingStatuses.filter((s) => isActiveBindingStatus(s.code)).map((s) => s.label)).toEqual([
      "待审核",
      "已绑定",
    ]);
  });

  it("「解除绑定」 withdraws a pending request and unbinds an approved one; ended bindings offer nothing", () => {
    expect(releaseTransitionFor("PENDING")).toBe("withdraw");
    expect(releaseTransitionFor("APPROVED")).toBe("unbind");
    for (const ended of ["REJECTED", "WITHDRAWN", "UNBOUND"] as const) expect(releaseTransitionFor(ended)).toBeNull();
  });
});
