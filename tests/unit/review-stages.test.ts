import { describe, expect, it } from "vitest";
import { applicationStatuses, codes, roleKinds } from "@/lib/dictionaries";
import { reviewStages, SUBMITTED_STATUSES, UNDER_REVIEW_STATUSES } from "@/lib/review/review-stages";
import { roleScopeField, scopeIdOf, scopeIdsOf } from "@/lib/roles/role-scopes";

describe("the review path", () => {
  it("runs 推荐单位审核 → 主管部门审核 → 评委会评审 → 公示", () => {
    expect(reviewStages.map((s) => s.label)).toEqual(["推荐单位审核", "主管部门审核", "评委会评审", "公示"]);
  });

  it("gives each stage to a reviewer role scoped to the organisation the application names", () => {
    for (const stage of reviewStages) {
      const field = roleScopeField[stage.reviewer];
      expect(field, stage.code).not.toBeNull();
      // The application reaches the organisation through the column of the same name.
      expect(stage.link.at(-1)).toBe(field);
    }
    expect(new Set(reviewStages.map((s) => s.reviewer)).size).toBe(reviewStages.length);
  });
});

describe("application statuses in the review", () => {
  it("reviewers read everything but drafts", () => {
    expect([...SUBMITTED_STATUSES].sort()).toEqual(
      codes(applicationStatuses)
        .filter((s) => s !== "DRAFT")
        .sort(),
    );
  });

  it("a submitted or returned application is still under review; settled ones are not", () => {
    expect([...UNDER_REVIEW_STATUSES].sort()).toEqual(["RETURNED", "SUBMITTED"]);
  });
});

describe("roles and the organisations they act for", () => {
  const none = { unitId: null, departmentId: null, committeeId: null };

  it("every role but 系统管理员 is scoped to one organisation", () => {
    for (const { code } of roleKinds) expect(roleScopeField[code] === null, code).toBe(code === "ADMIN");
  });

  it("a held role's organisation is read from its own scope column only", () => {
    expect(scopeIdOf({ role: "DEPT_REVIEWER", ...none, departmentId: "d1" })).toBe("d1");
    expect(scopeIdOf({ role: "ADMIN", ...none })).toBeNull();
  });

  it("lists the organisations a person acts for in one role", () => {
    const roles = [
      { role: "UNIT_REVIEWER" as const, ...none, unitId: "u1" },
      { role: "DEPT_REVIEWER" as const, ...none, departmentId: "d1" },
      { role: "UNIT_REVIEWER" as const, ...none, unitId: "u2" },
    ];
    expect(scopeIdsOf(roles, "UNIT_REVIEWER")).toEqual(["u1", "u2"]);
    expect(scopeIdsOf(roles, "COMMITTEE_MEMBER")).toEqual([]);
  });
});
