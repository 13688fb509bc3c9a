import { describe, expect, it } from "vitest";
import { applyApplicationTransition } from "@/server/domain/review/apply-application-transition";
import { makeReviewWorld, submittedApplication, versionOf } from "../helpers/review";
import { testStorage } from "../helpers/storage";
import { completeDraft } from "../helpers/submission";
import { useTestDb } from "../helpers/use-test-db";

/**
 * The review's messages (SPEC §7b): written in the transaction of the transition they report —
 * to the applicant on every decision and on 提交, to the reviewers of the stage the application
 * arrives at, to the stage that returned it when it comes back — and to nobody for a transition
 * that rolled back or lost a race.
 */
const storage = testStorage();
const t = useTestDb(makeReviewWorld);

async function messagesSince(applicationId: string, since: Date) {
  return t.db.notification.findMany({
    where: { applicationId, createdAt: { gte: since } },
    orderBy: [{ createdAt: "asc" }, { kind: "asc" }],
    include: { deliveries: true },
  });
}

const recipients = (rows: { recipientId: string; kind: string }[], kind: string) =>
  rows
    .filter((r) => r.kind === kind)
    .map((r) => r.recipientId)
    .sort();

describe("each transition tells the people it concerns", () => {
  it("提交, 通过, 退回, 重新提交, 终止审核 along the whole path", async () => {
    let since = new Date();
    const { api, person, applicationId, notice } = await submittedApplication(t.db, storage, t, "消息人");
    const unitReviewers = [t.unit.id, t.unit2.id].sort();

    let rows = await messagesSince(applicationId, since);
    expect(recipients(rows, "APPLICATION_SUBMITTED")).toEqual([person.id]);
    expect(recipients(rows, "REVIEW_ARRIVED")).toEqual(unitReviewers);
    expect(rows.find((r) => r.kind === "REVIEW_ARRIVED")).toMatchObject({
      title: "新的待审核申报：消息人",
      link: `/unit/applications/${applicationId}`,
    });
    // Outside delivery is queued beside each message for people with a mobile number.
    expect(rows.every((r) => r.deliveries.length === 1 && r.deliveries[0].channel === "SMS")).toBe(true);

    since = new Date();
    await t.unit.api.review.pass({ applicationId, version: await versionOf(t.db, applicationId), opinion: "同意推荐" });
    rows = await messagesSince(applicationId, since);
    expect(rows.map((r) => r.kind).sort()).toEqual(["APPLICATION_PASSED", "REVIEW_ARRIVED"]);
    expect(rows.find((r) => r.kind === "APPLICATION_PASSED")).toMatchObject({
      recipientId: person.id,
      body: `您申报的《${notice.title}》已通过推荐单位审核，进入主管部门审核。审核意见：同意推荐`,
    });
    expect(recipients(rows, "REVIEW_ARRIVED")).toEqual([t.dept.id]);

    since = new Date();
    await t.dept.api.review.return({
      applicationId,
      version: await versionOf(t.db, applicationId),
      opinion: "论文检索证明不清晰",
      modules: ["papers", "materials"],
    });
    rows = await messagesSince(applicationId, since);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: "APPLICATION_RETURNED",
      recipientId: person.id,
      link: `/hall/applications/${applicationId}`,
    });
    expect(rows[0].body).toContain("退回意见：论文检索证明不清晰");
    expect(rows[0].body).toContain("论文著作、材料附件信息");

    since = new Date();
    await api.submission.submit({ applicationId, promise: true });
    rows = await messagesSince(applicationId, since);
    expect(rows.map((r) => [r.kind, r.recipientId])).toEqual([["REVIEW_RESUBMITTED", t.dept.id]]);

    since = new Date();
    await t.dept.api.review.terminate({
      applicationId,
      version: await versionOf(t.db, applicationId),
      reason: "业绩不符合申报条件",
    });
    rows = await messagesSince(applicationId, since);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: "APPLICATION_TERMINATED", recipientId: person.id });
    expect(rows[0].body).toContain("理由：业绩不符合申报条件");
  });

  it("reviewers of other organisations hear nothing", async () => {
    await submittedApplication(t.db, storage, t, "不打扰");
    for (const other of [t.otherUnit, t.otherDept, t.otherCommittee]) {
      expect(await t.db.notification.count({ where: { recipientId: other.id } })).toBe(0);
    }
  });
});

describe("a transition that does not happen sends nothing", () => {
  it("rolled back after its messages were written: no message, no event, no move", async () => {
    const { applicationId } = await submittedApplication(t.db, storage, t, "回滚");
    const before = {
      messages: await t.db.notification.count({ where: { applicationId } }),
      deliveries: await t.db.notificationDelivery.count({ where: { notification: { applicationId } } }),
      events: await t.db.flowEvent.count({ where: { applicationId } }),
    };
    const failure = new Error("after the transition, before the commit");
    await expect(
      t.db.$transaction(async (tx) => {
        await applyApplicationTransition(tx, {
          applicationId,
          from: { status: "SUBMITTED", stage: "UNIT_REVIEW" },
          action: "PASS",
          actor: { id: t.unit.id, role: "UNIT_REVIEWER" },
          now: new Date(),
        });
        // Written inside: the messages exist in the transaction …
        expect(await tx.notification.count({ where: { applicationId } })).toBeGreaterThan(before.messages);
        throw failure;
      }),
    ).rejects.toBe(failure);
    // … and are gone with it.
    expect(await t.db.notification.count({ where: { applicationId } })).toBe(before.messages);
    expect(await t.db.notificationDelivery.count({ where: { notification: { applicationId } } })).toBe(
      before.deliveries,
    );
    expect(await t.db.flowEvent.count({ where: { applicationId } })).toBe(before.events);
    expect(await t.db.application.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({
      stage: "UNIT_REVIEW",
    });
  });

  it("refused (a stale page): no message", async () => {
    const { applicationId } = await submittedApplication(t.db, storage, t, "过期");
    const before = await t.db.notification.count({ where: { applicationId } });
    await expect(
      t.unit.api.review.pass({ applicationId, version: (await versionOf(t.db, applicationId)) - 1 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await t.db.notification.count({ where: { applicationId } })).toBe(before);
  });

  it("a draft that fails validation is not submitted and tells nobody", async () => {
    const { api, applicationId } = await completeDraft(t.db, storage, t.org, t.publisherId, "未完成");
    await t.db.applicationSection.delete({
      where: { applicationId_module: { applicationId, module: "annualAssessment" } },
    });
    await expect(api.submission.submit({ applicationId, promise: true })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await t.db.notification.count({ where: { applicationId } })).toBe(0);
  });
});
