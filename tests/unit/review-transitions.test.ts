import { describe, expect, it } from "vitest";
import { applicationStatuses, codes } from "@/lib/dictionaries";
import {
  actionsAt,
  applicationTransitions,
  type FlowPosition,
  findTransition,
  nodeStageOf,
} from "@/lib/review/application-transitions";
import { reviewStageOf } from "@/lib/review/review-stages";

const at = (status: FlowPosition["status"], stage: FlowPosition["stage"]): FlowPosition => ({ status, stage });

describe("the review's transition table (SPEC §7)", () => {
  it("通过 runs 推荐单位审核 → 主管部门审核 → 评委会评审, each by its own stage's reviewer, staying 已申报", () => {
    expect(findTransition(at("SUBMITTED", "UNIT_REVIEW"), "PASS", "UNIT_REVIEWER")?.to).toEqual(
      at("SUBMITTED", "DEPT_REVIEW"),
    );
    expect(findTransition(at("SUBMITTED", "DEPT_REVIEW"), "PASS", "DEPT_REVIEWER")?.to).toEqual(
      at("SUBMITTED", "COMMITTEE_REVIEW"),
    );
    expect(findTransition(at("SUBMITTED", "UNIT_REVIEW"), "PASS", "DEPT_REVIEWER")).toBeNull();
    expect(findTransition(at("SUBMITTED", "DEPT_REVIEW"), "PASS", "UNIT_REVIEWER")).toBeNull();
  });

  it("退回 keeps the stage that returned it, and 重新提交 goes back to that stage, not to the start", () => {
    for (const [stage, actor] of [
      ["DEPT_REVIEW", "DEPT_REVIEWER"],
      ["UNIT_REVIEW", "UNIT_REVIEWER"],
    ] as const) {
      expect(findTransition(at("SUBMITTED", stage), "RETURN", actor)?.to).toEqual(at("RETURNED", stage));
      expect(findTransition(at("RETURNED", stage), "RESUBMIT", "APPLICANT")?.to).toEqual(at("SUBMITTED", stage));
    }
  });

  it("终止审核 is final: nothing leaves TERMINATED, for anyone", () => {
    expect(findTransition(at("SUBMITTED", "UNIT_REVIEW"), "TERMINATE", "UNIT_REVIEWER")?.to).toEqual(
      at("TERMINATED", "UNIT_REVIEW"),
    );
    expect(applicationTransitions.filter((t) => t.from.status === "TERMINATED")).toEqual([]);
  });

  it("a returned application waits for its applicant: no reviewer acts on it", () => {
    const fromReturned = applicationTransitions.filter((t) => t.from.status === "RETURNED");
    expect(fromReturned.every((t) => t.actor === "APPLICANT" && t.action === "RESUBMIT")).toBe(true);
  });

  it("every other row acts at a stage, by a role of that stage or the system, and its event belongs to that stage", () => {
    for (const row of applicationTransitions.filter((t) => t.actor !== "APPLICANT")) {
      expect(row.from.stage).not.toBeNull();
      const stage = reviewStageOf(row.from.stage!);
      expect([stage.reviewer, ...stage.readers, "SYSTEM"]).toContain(row.actor);
      expect(nodeStageOf(row)).toBe(row.from.stage);
    }
  });

  it("评委会评审 is decided by its 主任委员 applying a meeting's result: 通过 to 公示 or 终止审核, never 退回", () => {
    expect(findTransition(at("SUBMITTED", "COMMITTEE_REVIEW"), "PASS", "COMMITTEE_CHAIR")?.to).toEqual(
      at("SUBMITTED", "PUBLICITY"),
    );
    expect(findTransition(at("SUBMITTED", "COMMITTEE_REVIEW"), "TERMINATE", "COMMITTEE_CHAIR")?.to).toEqual(
      at("TERMINATED", "COMMITTEE_REVIEW"),
    );
    expect(actionsAt(at("SUBMITTED", "COMMITTEE_REVIEW"), "COMMITTEE_MEMBER")).toEqual([]);
    expect(applicationTransitions.filter((t) => t.from.stage === "COMMITTEE_REVIEW" && t.action === "RETURN")).toEqual(
      [],
    );
  });

  it("公示 ends in 终审通过 (the job or the 主任委员) or, on an upheld objection, 终止审核", () => {
    for (const actor of ["SYSTEM", "COMMITTEE_CHAIR"] as const) {
      expect(findTransition(at("SUBMITTED", "PUBLICITY"), "APPROVE", actor)?.to).toEqual(at("APPROVED", "PUBLICITY"));
    }
    expect(findTransition(at("SUBMITTED", "PUBLICITY"), "TERMINATE", "COMMITTEE_CHAIR")?.to).toEqual(
      at("TERMINATED", "PUBLICITY"),
    );
    expect(findTransition(at("SUBMITTED", "PUBLICITY"), "TERMINATE", "SYSTEM")).toBeNull();
    expect(findTransition(at("SUBMITTED", "COMMITTEE_REVIEW"), "APPROVE", "COMMITTEE_CHAIR")).toBeNull();
    expect(
      applicationTransitions.filter((t) => t.action === "APPROVE").every((t) => t.from.stage === "PUBLICITY"),
    ).toBe(true);
  });

  it("a stage never moves backwards", () => {
    const order = [null, "UNIT_REVIEW", "DEPT_REVIEW", "COMMITTEE_REVIEW", "PUBLICITY"];
    for (const row of applicationTransitions) {
      expect(order.indexOf(row.to.stage)).toBeGreaterThanOrEqual(order.indexOf(row.from.stage));
    }
  });

  it("offers each reviewer the three decisions at their stage while submitted, nothing otherwise", () => {
    expect(actionsAt(at("SUBMITTED", "UNIT_REVIEW"), "UNIT_REVIEWER").sort()).toEqual(["PASS", "RETURN", "TERMINATE"]);
    expect(actionsAt(at("SUBMITTED", "UNIT_REVIEW"), "DEPT_REVIEWER")).toEqual([]);
    for (const status of codes(applicationStatuses).filter((s) => s !== "SUBMITTED")) {
      expect(actionsAt(at(status, "UNIT_REVIEW"), "UNIT_REVIEWER"), status).toEqual([]);
    }
  });
});
