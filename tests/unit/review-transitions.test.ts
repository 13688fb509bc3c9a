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

  it("every reviewer's row is the reviewer role of the stage it acts at, and its event belongs to that stage", () => {
    for (const row of applicationTransitions.filter((t) => t.actor !== "APPLICANT")) {
      expect(row.from.stage).not.toBeNull();
      expect(row.actor).toBe(reviewStageOf(row.from.stage!).reviewer);
      expect(nodeStageOf(row)).toBe(row.from.stage);
    }
  });

  it("评委会评审 has no rows yet (the committee's review is a later issue)", () => {
    expect(applicationTransitions.filter((t) => t.from.stage === "COMMITTEE_REVIEW")).toEqual([]);
  });

  it("a stage never moves backwards", () => {
    const order = [null, "UNIT_REVIEW", "DEPT_REVIEW", "COMMITTEE_REVIEW"];
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
