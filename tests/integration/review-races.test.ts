import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { makeReviewWorld, submittedApplication, versionOf } from "../helpers/review";
import { testStorage } from "../helpers/storage";
import { useTestDb } from "../helpers/use-test-db";

/**
 * Two people acting on one application at the same moment: exactly one wins, the other is told
 * 「该申报已被其他人处理，请刷新」 (CONFLICT, never a server fault), and exactly one flow event is
 * written. Only PostgreSQL runs the two at once (PGlite serialises them); both run the same file,
 * PostgreSQL for more rounds.
 */
const t = useTestDb(async (db) => {
  const world = await makeReviewWorld(db);
  const application = await submittedApplication(db, testStorage(), world, "竞争");
  return { world, application };
});

const rounds = () => (t.backend === "postgres" ? 8 : 2);

/** Puts the application back at 推荐单位审核 (or returned there) for the next round. */
async function reset(status: "SUBMITTED" | "RETURNED" = "SUBMITTED") {
  await t.db.application.update({
    where: { id: t.application.applicationId },
    data: { status, stage: "UNIT_REVIEW", returnedModules: status === "RETURNED" ? ["papers"] : [] },
  });
}

const eventCount = () => t.db.flowEvent.count({ where: { applicationId: t.application.applicationId } });

/** One of the two settled calls fulfilled, the other refused as already handled. */
function expectOneWinner(results: PromiseSettledResult<unknown>[]) {
  const fulfilled = results.filter((r) => r.status === "fulfilled");
  const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason);
  expect(fulfilled).toHaveLength(1);
  expect(rejected).toHaveLength(1);
  expect(rejected[0]).toBeInstanceOf(TRPCError);
  expect(rejected[0]).toMatchObject({ code: "CONFLICT", message: "该申报已被其他人处理，请刷新" });
}

describe("two reviewers of one unit at once", () => {
  it("通过 against 退回: one of them, and one event", async () => {
    const applicationId = t.application.applicationId;
    const winners = { pass: 0, return: 0 };
    for (let round = 0; round < rounds(); round++) {
      await reset();
      const version = await versionOf(t.db, applicationId);
      const before = await eventCount();
      const pass = () => t.world.unit.api.review.pass({ applicationId, version });
      const ret = () =>
        t.world.unit2.api.review.return({ applicationId, version, opinion: "请修改", modules: ["papers"] });
      const [passed, returned] =
        round % 2 === 0
          ? await Promise.allSettled([pass(), ret()])
          : await Promise.allSettled([ret(), pass()]).then(([r, p]) => [p, r]);
      expectOneWinner([passed, returned]);
      expect(await eventCount()).toBe(before + 1);
      const row = await t.db.application.findUniqueOrThrow({ where: { id: applicationId } });
      if (passed.status === "fulfilled") {
        expect(row).toMatchObject({ status: "SUBMITTED", stage: "DEPT_REVIEW" });
        winners.pass++;
      } else {
        expect(row).toMatchObject({ status: "RETURNED", stage: "UNIT_REVIEW", returnedModules: ["papers"] });
        winners.return++;
      }
    }
    expect(winners.pass + winners.return).toBe(rounds());
  });

  it("two 终止审核: one event, one message to the applicant", async () => {
    const applicationId = t.application.applicationId;
    for (let round = 0; round < rounds(); round++) {
      await reset();
      const version = await versionOf(t.db, applicationId);
      const before = await eventCount();
      const messages = await t.db.notification.count({ where: { applicationId, kind: "APPLICATION_TERMINATED" } });
      const results = await Promise.allSettled([
        t.world.unit.api.review.terminate({ applicationId, version, reason: "不符合条件" }),
        t.world.unit2.api.review.terminate({ applicationId, version, reason: "材料造假" }),
      ]);
      expectOneWinner(results);
      expect(await eventCount()).toBe(before + 1);
      expect(await t.db.notification.count({ where: { applicationId, kind: "APPLICATION_TERMINATED" } })).toBe(
        messages + 1,
      );
    }
  });
});

describe("a reviewer acting while the applicant resubmits", () => {
  it("the resubmission wins; the reviewer's page is stale and refused; one event", async () => {
    const applicationId = t.application.applicationId;
    for (let round = 0; round < rounds(); round++) {
      await reset("RETURNED");
      const version = await versionOf(t.db, applicationId);
      const before = await eventCount();
      const resubmit = () => t.application.api.submission.submit({ applicationId, promise: true });
      const terminate = () => t.world.unit.api.review.terminate({ applicationId, version, reason: "过期页面" });
      const [resubmitted, terminated] =
        round % 2 === 0
          ? await Promise.allSettled([resubmit(), terminate()])
          : await Promise.allSettled([terminate(), resubmit()]).then(([r, s]) => [s, r]);
      expectOneWinner([resubmitted, terminated]);
      expect(resubmitted.status).toBe("fulfilled");
      expect(await eventCount()).toBe(before + 1);
      expect(await t.db.application.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({
        status: "SUBMITTED",
        stage: "UNIT_REVIEW",
      });
    }
  });
});

describe("批量通过 against a single 通过", () => {
  it("the row is passed once: one side reports it done, the other refused", async () => {
    const applicationId = t.application.applicationId;
    for (let round = 0; round < rounds(); round++) {
      await reset();
      const version = await versionOf(t.db, applicationId);
      const before = await eventCount();
      const [batch, single] = await Promise.allSettled([
        t.world.unit.api.review.passMany({ stage: "UNIT_REVIEW", applicationIds: [applicationId] }),
        t.world.unit2.api.review.pass({ applicationId, version }),
      ]);
      expect(batch.status).toBe("fulfilled");
      const [row] = (batch as PromiseFulfilledResult<{ results: { ok: boolean; message?: string }[] }>).value.results;
      if (row.ok) {
        expect(single).toMatchObject({ status: "rejected", reason: { code: "CONFLICT" } });
      } else {
        expect(single.status).toBe("fulfilled");
        expect(row.message).toBe("该申报已被其他人处理，请刷新");
      }
      expect(await eventCount()).toBe(before + 1);
      expect(await t.db.application.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({
        stage: "DEPT_REVIEW",
      });
    }
  });
});
