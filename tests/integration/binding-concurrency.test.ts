import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { appointUnitReviewer, callerFor, grant, makeOrg, makeUser } from "../helpers/fixtures";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb();

function outcomes(results: PromiseSettledResult<unknown>[]) {
  const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason);
  return { fulfilled: results.filter((r) => r.status === "fulfilled").length, rejected };
}

describe("同时点击：绑定状态不会被重复改变", () => {
  it("ten 绑定 clicks at once (to ten units) leave exactly one request; the rest are told to unbind first", async () => {
    const orgs = [];
    for (let i = 0; i < 10; i++) {
      const org = await makeOrg(t.db);
      await appointUnitReviewer(t.db, org.unit.id);
      orgs.push(org);
    }
    const person = await makeUser(t.db, "并发申请人");
    const api = await callerFor(t.db, person.id);

    const results = await Promise.allSettled(orgs.map((o) => api.binding.request({ creditCode: o.unit.creditCode })));
    const { fulfilled, rejected } = outcomes(results);

    expect(fulfilled).toBe(1);
    expect(rejected).toHaveLength(9);
    for (const error of rejected) {
      expect(error).toBeInstanceOf(TRPCError);
      expect(error).toMatchObject({
        code: "CONFLICT",
        message: "您已绑定或正在申请绑定推荐单位，如需更换请先解除绑定",
      });
    }
    expect(await t.db.unitBinding.count({ where: { userId: person.id, isActive: true } })).toBe(1);
    expect(await t.db.unitBinding.count({ where: { userId: person.id } })).toBe(1);
    expect(await t.db.auditLog.count({ where: { action: "binding.request", actorId: person.id } })).toBe(1);
  });

  it("five reviewers' 通过 and 驳回 on the same request at once: exactly one decides it", async () => {
    const org = await makeOrg(t.db);
    const person = await makeUser(t.db);
    const reviewers = await Promise.all(
      Array.from({ length: 5 }, async (_, i) => {
        const staff = await makeUser(t.db, `审核人${i}`);
        await grant(t.db, staff.id, "UNIT_REVIEWER", { unitId: org.unit.id });
        return callerFor(t.db, staff.id);
      }),
    );
    const binding = await (await callerFor(t.db, person.id)).binding.request({ creditCode: org.unit.creditCode });

    const results = await Promise.allSettled(
      reviewers.map((r, i) =>
        i % 2 === 0
          ? r.unitReview.approveBinding({ bindingId: binding.id })
          : r.unitReview.rejectBinding({ bindingId: binding.id, reason: "同时驳回" }),
      ),
    );
    const { fulfilled, rejected } = outcomes(results);

    expect(fulfilled).toBe(1);
    for (const error of rejected)
      expect(error).toMatchObject({ code: "CONFLICT", message: "绑定状态已变化，请刷新后重试" });
    const decisions = await t.db.auditLog.findMany({
      where: { entityId: binding.id, action: { in: ["binding.approve", "binding.reject"] } },
    });
    expect(decisions).toHaveLength(1);
    expect((await t.db.unitBinding.findUniqueOrThrow({ where: { id: binding.id } })).status).toBe(
      decisions[0]!.toStatus,
    );
  });

  it("two tabs clicking 解除绑定 at once: one unbinds, the other is told the status changed", async () => {
    const org = await makeOrg(t.db);
    const person = await makeUser(t.db);
    await t.db.unitBinding.create({
      data: { userId: person.id, unitId: org.unit.id, status: "APPROVED", decidedAt: new Date() },
    });
    const api = await callerFor(t.db, person.id);
    const current = await api.binding.current();

    const results = await Promise.allSettled([
      api.binding.unbind({ bindingId: current!.id }),
      api.binding.unbind({ bindingId: current!.id }),
    ]);
    const { fulfilled, rejected } = outcomes(results);
    expect(fulfilled).toBe(1);
    expect(rejected).toEqual([expect.objectContaining({ code: "CONFLICT" })]);
    expect(await t.db.auditLog.count({ where: { entityId: current!.id, action: "binding.unbind" } })).toBe(1);
  });
});

describe("the database keeps one active binding per person", () => {
  it("refuses a second active row even when written directly", async () => {
    const [a, b] = [await makeOrg(t.db), await makeOrg(t.db)];
    const person = await makeUser(t.db);
    await t.db.unitBinding.create({ data: { userId: person.id, unitId: a.unit.id } });
    await expect(t.db.unitBinding.create({ data: { userId: person.id, unitId: b.unit.id } })).rejects.toMatchObject({
      code: "P2002",
    });
  });

  it("a request racing an uncommitted one is refused by the index with the friendly message", async () => {
    const org = await makeOrg(t.db);
    await appointUnitReviewer(t.db, org.unit.id);
    const person = await makeUser(t.db);
    const api = await callerFor(t.db, person.id);
    let inserted!: () => void;
    let release!: () => void;
    const insertedSignal = new Promise<void>((resolve) => (inserted = resolve));
    const releaseSignal = new Promise<void>((resolve) => (release = resolve));
    // Another tab's request to the same unit, still uncommitted: on PostgreSQL the pre-check below
    // cannot see it, so only the partial unique index stops the second row (and its message is the
    // general one); PGlite runs transactions one at a time, so there the pre-check sees it.
    const holder = t.db.$transaction(
      async (tx) => {
        await tx.unitBinding.create({ data: { userId: person.id, unitId: org.unit.id } });
        inserted();
        await releaseSignal;
      },
      { timeout: 20_000 },
    );
    await insertedSignal;
    const racing = api.binding.request({ creditCode: org.unit.creditCode }).then(
      () => null,
      (error: unknown) => error,
    );
    setTimeout(release, 500);
    await holder;
    expect(await racing).toMatchObject({
      code: "CONFLICT",
      message:
        t.backend === "postgres"
          ? "您已绑定或正在申请绑定推荐单位，如需更换请先解除绑定"
          : "您已绑定或正在申请绑定该单位，无需重复申请",
    });
    expect(await t.db.unitBinding.count({ where: { userId: person.id } })).toBe(1);
  });
});
