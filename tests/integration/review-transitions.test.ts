import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import type { ApplicationStatusCode } from "@/lib/dictionaries";
import {
  type FlowActionCode,
  type FlowActorRoleCode,
  type FlowPosition,
  findTransition,
} from "@/lib/review/application-transitions";
import type { ReviewStageCode } from "@/lib/review/review-stages";
import { type Caller, makeReviewWorld, submittedApplication, versionOf } from "../helpers/review";
import { testStorage } from "../helpers/storage";
import { refusal } from "../helpers/trpc-errors";
import { useTestDb } from "../helpers/use-test-db";

/**
 * The transition table through the procedures: every position an application can be in, every
 * action of every actor — the reviewers of each stage through review.pass / return / terminate, the
 * applicant through submission.submit (提交 or 重新提交). What the table allows happens, with one
 * flow event naming the actor's role; everything else is refused (never a server fault), leaves the
 * application where it was and writes no event.
 */
const t = useTestDb(async (db) => {
  const world = await makeReviewWorld(db);
  const application = await submittedApplication(db, testStorage(), world, "矩阵");
  return { world, application };
});

const positions: FlowPosition[] = [
  { status: "DRAFT", stage: null },
  ...(["SUBMITTED", "RETURNED", "TERMINATED"] as const).flatMap((status) =>
    (["UNIT_REVIEW", "DEPT_REVIEW", "COMMITTEE_REVIEW"] as const).map((stage) => ({ status, stage })),
  ),
  { status: "APPROVED", stage: "COMMITTEE_REVIEW" },
];

type Actor = { role: FlowActorRoleCode; caller: () => Caller };
const reviewers = (): Actor[] => [
  { role: "UNIT_REVIEWER", caller: () => t.world.unit.api },
  { role: "DEPT_REVIEWER", caller: () => t.world.dept.api },
  { role: "COMMITTEE_MEMBER", caller: () => t.world.committee.api },
];

async function placeAt(position: FlowPosition) {
  await t.db.application.update({
    where: { id: t.application.applicationId },
    data: {
      status: position.status,
      stage: position.stage,
      returnedModules: position.status === "RETURNED" ? ["papers"] : [],
    },
  });
}

async function act(caller: Caller, action: FlowActionCode) {
  const applicationId = t.application.applicationId;
  const version = await versionOf(t.db, applicationId);
  switch (action) {
    case "PASS":
      return caller.review.pass({ applicationId, version, opinion: "同意推荐" });
    case "RETURN":
      return caller.review.return({ applicationId, version, opinion: "请补充论文", modules: ["papers", "materials"] });
    case "TERMINATE":
      return caller.review.terminate({ applicationId, version, reason: "不符合申报条件" });
    default:
      return caller.submission.submit({ applicationId, promise: true });
  }
}

async function positionAndEvents() {
  const row = await t.db.application.findUniqueOrThrow({
    where: { id: t.application.applicationId },
    select: { status: true, stage: true, returnedModules: true },
  });
  const events = await t.db.flowEvent.findMany({
    where: { applicationId: t.application.applicationId },
    orderBy: { sequence: "asc" },
  });
  return { row, events };
}

const label = (p: FlowPosition) => `${p.status}@${p.stage ?? "-"}`;

describe("every position × action × actor follows the transition table", () => {
  const cases = positions.flatMap((from) => [
    ...reviewers().flatMap((actor) =>
      (["PASS", "RETURN", "TERMINATE"] as const).map((action) => ({ from, actor, action })),
    ),
    { from, actor: { role: "APPLICANT" as const, caller: () => t.application.api }, action: "SUBMIT" as const },
  ]);

  it.each(cases.map((c) => [`${label(c.from)} ${c.actor.role} ${c.action}`, c] as const))("%s", async (_name, c) => {
    await placeAt(c.from);
    const before = await positionAndEvents();
    // The applicant's one button is 提交: from a draft it is SUBMIT, from a returned application RESUBMIT.
    const action: FlowActionCode =
      c.action === "SUBMIT" && c.from.status === "RETURNED" ? "RESUBMIT" : (c.action as FlowActionCode);
    const row = findTransition(c.from, action, c.actor.role);
    const outcome = await act(c.actor.caller(), action).then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    const after = await positionAndEvents();

    if (row) {
      expect(outcome.ok, String(outcome.ok ? "" : outcome.error)).toBe(true);
      expect(after.row).toMatchObject({ status: row.to.status, stage: row.to.stage });
      expect(after.events).toHaveLength(before.events.length + 1);
      expect(after.events.at(-1)).toMatchObject({
        action,
        actorRole: c.actor.role,
        fromStatus: c.from.status,
        fromStage: c.from.stage,
        toStatus: row.to.status,
        toStage: row.to.stage,
      });
      expect(after.row.returnedModules).toEqual(row.to.status === "RETURNED" ? ["papers", "materials"] : []);
    } else {
      expect(outcome.ok).toBe(false);
      const error = (outcome as { error: unknown }).error;
      expect(error).toBeInstanceOf(TRPCError);
      expect(["CONFLICT", "NOT_FOUND"]).toContain((error as TRPCError).code);
      expect(after.row).toEqual(before.row);
      expect(after.events).toHaveLength(before.events.length);
    }
  });

  it("the table has moves for the unit and the department only; 评委会评审 decides in a later issue", () => {
    const moved = cases.filter((c) => findTransition(c.from, c.action, c.actor.role)).map((c) => c.from.stage);
    expect(new Set(moved)).toEqual(new Set<ReviewStageCode | null>(["UNIT_REVIEW", "DEPT_REVIEW", null]));
  });
});

describe("what a reviewer must say", () => {
  const at = async (status: ApplicationStatusCode, stage: ReviewStageCode) => placeAt({ status, stage });

  it("退回 needs an opinion and at least one module; 终止审核 needs a reason — each told at its field", async () => {
    await at("SUBMITTED", "UNIT_REVIEW");
    const applicationId = t.application.applicationId;
    const version = await versionOf(t.db, applicationId);
    const api = t.world.unit.api;
    expect(
      await refusal(api.review.return({ applicationId, version, opinion: "  ", modules: ["papers"] })),
    ).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { opinion: ["请填写退回意见"] } });
    expect(await refusal(api.review.return({ applicationId, version, opinion: "请修改", modules: [] }))).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { modules: ["请至少选择一个退回修改的模块"] },
    });
    expect(await refusal(api.review.terminate({ applicationId, version, reason: "" }))).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { reason: ["请填写终止审核的理由"] },
    });
    expect(await refusal(api.review.pass({ applicationId, version, opinion: "意".repeat(501) }))).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { opinion: ["审核意见不能超过500个字"] },
    });
    expect(await t.db.application.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({
      status: "SUBMITTED",
      stage: "UNIT_REVIEW",
    });
  });

  it("the opinion and the returned modules are kept on the flow event; an empty 通过 opinion is none", async () => {
    await at("SUBMITTED", "UNIT_REVIEW");
    const applicationId = t.application.applicationId;
    await t.world.unit.api.review.pass({ applicationId, version: await versionOf(t.db, applicationId), opinion: " " });
    await t.world.dept.api.review.return({
      applicationId,
      version: await versionOf(t.db, applicationId),
      opinion: "  请补充专利证明  ",
      modules: ["patents", "patents"],
    });
    const [passed, returned] = await t.db.flowEvent
      .findMany({
        where: { applicationId },
        orderBy: { sequence: "desc" },
        take: 2,
      })
      .then((e) => e.reverse());
    expect(passed).toMatchObject({ action: "PASS", opinion: null, actorId: t.world.unit.id, stage: "UNIT_REVIEW" });
    expect(returned).toMatchObject({
      action: "RETURN",
      opinion: "请补充专利证明",
      returnedModules: ["patents"],
      actorId: t.world.dept.id,
      stage: "DEPT_REVIEW",
    });
  });

  it("a version older than the application's is refused as already handled", async () => {
    await at("SUBMITTED", "UNIT_REVIEW");
    const applicationId = t.application.applicationId;
    const version = (await versionOf(t.db, applicationId)) - 1;
    expect(await refusal(t.world.unit.api.review.pass({ applicationId, version }))).toMatchObject({
      code: "CONFLICT",
      message: "该申报已被其他人处理，请刷新",
    });
  });
});
