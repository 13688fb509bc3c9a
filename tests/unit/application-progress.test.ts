import { describe, expect, it } from "vitest";
import { FlowAction, FlowActorRole, ReviewStage } from "@/generated/prisma/enums";
import {
  applicationTransitions,
  type FlowEventView,
  findTransition,
  flowActions,
  flowActorRoles,
  nodeStageOf,
} from "@/lib/review/application-transitions";
import { progressNodes } from "@/lib/review/progress";
import { reviewStages } from "@/lib/review/review-stages";

describe("the review's codes", () => {
  it("are the database's: stages, flow actions and actor roles", () => {
    expect(reviewStages.map((s) => s.code)).toEqual(Object.values(ReviewStage));
    expect(flowActions.map((a) => a.code)).toEqual(Object.values(FlowAction));
    expect(flowActorRoles.map((r) => r.code)).toEqual(Object.values(FlowActorRole));
  });
});

describe("the application's transition table", () => {
  it("lets the applicant submit a draft to 推荐单位审核", () => {
    const submit = findTransition({ status: "DRAFT", stage: null }, "SUBMIT", "APPLICANT");
    expect(submit?.to).toEqual({ status: "SUBMITTED", stage: "UNIT_REVIEW" });
    expect(submit && nodeStageOf(submit)).toBeNull();
  });

  it("submitting twice, or a reviewer submitting, is not a row", () => {
    expect(findTransition({ status: "SUBMITTED", stage: "UNIT_REVIEW" }, "SUBMIT", "APPLICANT")).toBeNull();
    expect(findTransition({ status: "DRAFT", stage: null }, "SUBMIT", "UNIT_REVIEWER")).toBeNull();
  });

  it("holds one row per (status, stage, action, actor role)", () => {
    const keys = applicationTransitions.map((t) => `${t.from.status}/${t.from.stage}/${t.action}/${t.actor}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

const at = (iso: string) => new Date(iso);
const event = (e: Partial<FlowEventView> & Pick<FlowEventView, "sequence" | "action">): FlowEventView => ({
  at: at("2026-12-01T02:00:00Z"),
  stage: null,
  actorRole: "APPLICANT",
  opinion: null,
  returnedModules: [],
  fromStatus: "DRAFT",
  toStatus: "SUBMITTED",
  fromStage: null,
  toStage: "UNIT_REVIEW",
  ...e,
});
const submitted = event({ sequence: 1, action: "SUBMIT" });
const states = (nodes: ReturnType<typeof progressNodes>) => nodes.map((n) => `${n.label}:${n.state}`);

describe("流程推送节点", () => {
  it("a draft is at 个人申报, nothing else reached", () => {
    expect(states(progressNodes([], { status: "DRAFT", stage: null }))).toEqual([
      "个人申报:current",
      "推荐单位审核:pending",
      "主管部门审核:pending",
      "评委会评审:pending",
      "公示:pending",
      "终审通过:pending",
    ]);
  });

  it("just submitted: 个人申报 done at the submission time, 推荐单位审核 current", () => {
    const nodes = progressNodes([submitted], { status: "SUBMITTED", stage: "UNIT_REVIEW" });
    expect(states(nodes)).toEqual([
      "个人申报:done",
      "推荐单位审核:current",
      "主管部门审核:pending",
      "评委会评审:pending",
      "公示:pending",
      "终审通过:pending",
    ]);
    expect(nodes[0]).toMatchObject({ at: submitted.at, actorRole: "APPLICANT" });
    expect(nodes[1]).toMatchObject({ at: null, opinion: null });
  });

  it("returned by 主管部门 with an opinion: the unit's pass is done, the department's node shows the return", () => {
    const events = [
      submitted,
      event({
        sequence: 2,
        action: "PASS",
        stage: "UNIT_REVIEW",
        actorRole: "UNIT_REVIEWER",
        opinion: "同意推荐",
        at: at("2026-12-02T02:00:00Z"),
        fromStatus: "SUBMITTED",
        fromStage: "UNIT_REVIEW",
        toStage: "DEPT_REVIEW",
      }),
      event({
        sequence: 3,
        action: "RETURN",
        stage: "DEPT_REVIEW",
        actorRole: "DEPT_REVIEWER",
        opinion: "论文证明不清晰",
        returnedModules: ["papers"],
        at: at("2026-12-03T02:00:00Z"),
        fromStatus: "SUBMITTED",
        toStatus: "RETURNED",
        fromStage: "DEPT_REVIEW",
        toStage: "DEPT_REVIEW",
      }),
    ];
    const nodes = progressNodes(events, { status: "RETURNED", stage: "DEPT_REVIEW" });
    expect(states(nodes)).toEqual([
      "个人申报:done",
      "推荐单位审核:done",
      "主管部门审核:returned",
      "评委会评审:pending",
      "公示:pending",
      "终审通过:pending",
    ]);
    expect(nodes[1]).toMatchObject({ opinion: "同意推荐", actorRole: "UNIT_REVIEWER" });
    expect(nodes[2]).toMatchObject({ opinion: "论文证明不清晰", returnedModules: ["papers"] });
  });

  it("terminated at 推荐单位审核: that node says so, later ones were never reached", () => {
    const terminated = event({
      sequence: 2,
      action: "TERMINATE",
      stage: "UNIT_REVIEW",
      actorRole: "UNIT_REVIEWER",
      opinion: "不符合申报条件",
      fromStatus: "SUBMITTED",
      toStatus: "TERMINATED",
      fromStage: "UNIT_REVIEW",
      toStage: "UNIT_REVIEW",
    });
    const nodes = progressNodes([submitted, terminated], { status: "TERMINATED", stage: "UNIT_REVIEW" });
    expect(states(nodes)).toEqual([
      "个人申报:done",
      "推荐单位审核:terminated",
      "主管部门审核:pending",
      "评委会评审:pending",
      "公示:pending",
      "终审通过:pending",
    ]);
    expect(nodes[1].opinion).toBe("不符合申报条件");
  });

  it("in 公示: 评委会评审 done at the chair's 通过, 公示 current", () => {
    const passed = event({
      sequence: 2,
      action: "PASS",
      stage: "COMMITTEE_REVIEW",
      actorRole: "COMMITTEE_CHAIR",
      fromStatus: "SUBMITTED",
      toStatus: "SUBMITTED",
      fromStage: "COMMITTEE_REVIEW",
      toStage: "PUBLICITY",
      at: at("2027-03-01T02:00:00Z"),
    });
    const nodes = progressNodes([submitted, passed], { status: "SUBMITTED", stage: "PUBLICITY" });
    expect(states(nodes)).toEqual([
      "个人申报:done",
      "推荐单位审核:done",
      "主管部门审核:done",
      "评委会评审:done",
      "公示:current",
      "终审通过:pending",
    ]);
    expect(nodes[3].at).toEqual(passed.at);
  });

  it("终审通过: every node done, the last at the approval", () => {
    const approved = event({
      sequence: 3,
      action: "APPROVE",
      stage: "PUBLICITY",
      actorRole: "SYSTEM",
      fromStatus: "SUBMITTED",
      toStatus: "APPROVED",
      fromStage: "PUBLICITY",
      toStage: "PUBLICITY",
      at: at("2027-03-10T02:00:00Z"),
    });
    const nodes = progressNodes([submitted, approved], { status: "APPROVED", stage: "PUBLICITY" });
    expect(nodes.map((n) => n.label)).toEqual([
      "个人申报",
      "推荐单位审核",
      "主管部门审核",
      "评委会评审",
      "公示",
      "终审通过",
    ]);
    expect(nodes.every((n) => n.state === "done")).toBe(true);
    expect(nodes[5].at).toEqual(approved.at);
  });
});
