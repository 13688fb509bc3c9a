import { describe, expect, it } from "vitest";
import {
  type EditableScope,
  editableScopes,
  editableScopesOf,
  isEditable,
  isEditableAtAll,
  type ReviewPosition,
} from "@/lib/application/editability";
import { applicationStatuses, codes } from "@/lib/dictionaries";
import { reviewStages } from "@/lib/review/review-stages";

const applicant = { isApplicant: true };
const someoneElse = { isApplicant: false };
const position = (p: Partial<ReviewPosition> & Pick<ReviewPosition, "status">): ReviewPosition => ({
  stage: null,
  returnedModules: [],
  ...p,
});

/** Every status with nothing returned: what the applicant may change, scope by scope. */
const byStatus: Record<ReviewPosition["status"], "every scope" | "nothing"> = {
  DRAFT: "every scope",
  SUBMITTED: "nothing",
  RETURNED: "nothing",
  TERMINATED: "nothing",
  APPROVED: "nothing",
};

describe("who may change which part of an application", () => {
  it("covers every status and every scope (each form module and 材料附件信息)", () => {
    expect(Object.keys(byStatus).sort()).toEqual([...codes(applicationStatuses)].sort());
    expect(editableScopes).toContain("materials");
    expect(editableScopes).toContain("basicInfo");
  });

  for (const [status, expected] of Object.entries(byStatus) as [ReviewPosition["status"], string][]) {
    it(`${status}: the applicant may change ${expected}`, () => {
      for (const scope of editableScopes)
        expect(isEditable(position({ status }), scope, applicant), scope).toBe(expected === "every scope");
    });
  }

  it("a returned application opens exactly the returned modules, whichever stage returned it", () => {
    const returnedModules: EditableScope[] = ["papers", "materials"];
    for (const { code: stage } of reviewStages) {
      const returned = position({ status: "RETURNED", stage, returnedModules });
      for (const scope of editableScopes)
        expect(isEditable(returned, scope, applicant), `${stage} ${scope}`).toBe(returnedModules.includes(scope));
    }
  });

  it("returned modules open nothing in any other status", () => {
    for (const status of ["SUBMITTED", "TERMINATED", "APPROVED"] as const) {
      const p = position({ status, stage: "DEPT_REVIEW", returnedModules: ["papers"] });
      expect(isEditable(p, "papers", applicant)).toBe(false);
    }
  });

  it("nobody but the applicant changes anything, not even a draft", () => {
    for (const scope of editableScopes)
      expect(isEditable(position({ status: "DRAFT" }), scope, someoneElse)).toBe(false);
    const returned = position({ status: "RETURNED", stage: "UNIT_REVIEW", returnedModules: ["basicInfo"] });
    expect(isEditable(returned, "basicInfo", someoneElse)).toBe(false);
  });
});

describe("the form's flags and the hall's 继续填报 or 查看 follow the same rule", () => {
  it("a draft: every flag set, 继续填报", () => {
    const flags = editableScopesOf(position({ status: "DRAFT" }), applicant);
    expect(Object.keys(flags).sort()).toEqual([...editableScopes].sort());
    expect(Object.values(flags).every(Boolean)).toBe(true);
    expect(isEditableAtAll(position({ status: "DRAFT" }), applicant)).toBe(true);
  });

  it("a returned application: the returned modules' flags alone, 继续填报", () => {
    const returned = position({ status: "RETURNED", stage: "UNIT_REVIEW", returnedModules: ["education"] });
    const flags = editableScopesOf(returned, applicant);
    expect(Object.entries(flags).filter(([, on]) => on)).toEqual([["education", true]]);
    expect(isEditableAtAll(returned, applicant)).toBe(true);
  });

  it("a returned application with no returned modules, and every settled or submitted one: 查看", () => {
    expect(isEditableAtAll(position({ status: "RETURNED", stage: "UNIT_REVIEW" }), applicant)).toBe(false);
    for (const status of ["SUBMITTED", "TERMINATED", "APPROVED"] as const)
      expect(isEditableAtAll(position({ status }), applicant)).toBe(false);
  });
});
