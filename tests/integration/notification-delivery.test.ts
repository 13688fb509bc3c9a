import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  claimDueDeliveries,
  deliverDueNotifications,
  deliveryPolicy,
  retryDelayMs,
} from "@/server/jobs/deliver-notifications";
import { DevOutbox, devNotifier } from "@/server/notifier/dev-outbox";
import { DeliveryRejected } from "@/server/notifier/types";
import { makeUser } from "../helpers/fixtures";
import { enqueueFor, recordingNotifier } from "../helpers/notifications";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb();

/** The outbox is shared by the file's tests: each starts from an empty one. */
beforeEach(async () => {
  await t.db.notificationDelivery.deleteMany();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const SECOND = 1000;
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);
const deliveries = () => t.db.notificationDelivery.findMany({ orderBy: { createdAt: "asc" } });
const gatewayDown = async () => {
  throw new Error("SMS gateway answered 503: busy");
};

describe("the delivery job", () => {
  it("hands each due message to the notifier once: the dev notifier keeps it in the dev outbox", async () => {
    const log = vi.spyOn(console, "info").mockImplementation(() => {});
    const person = await makeUser(t.db, "钱短信");
    await enqueueFor(t.db, person.id, 2);
    const outbox = new DevOutbox();
    const now = new Date();

    expect(await deliverDueNotifications(t.db, devNotifier(outbox), { now })).toEqual({
      sent: 2,
      retrying: 0,
      failed: 0,
    });
    expect(outbox.recent()).toHaveLength(2);
    expect(outbox.recent()[0]).toMatchObject({
      channel: "SMS",
      destination: person.mobile,
      title: "您的单位绑定申请已通过",
      body: expect.stringMatching(/^测试单位\d已通过您的绑定申请/),
    });
    for (const row of await deliveries()) {
      expect(row).toMatchObject({ status: "SENT", attempts: 1, sentAt: expect.any(Date), lastError: null });
    }
    // The log line of `npm start` (where the page is closed) masks the number.
    expect(log).toHaveBeenCalledWith("本机发件箱（未发出）：短信 → 138****8000：您的单位绑定申请已通过");

    expect(await deliverDueNotifications(t.db, devNotifier(outbox), { now: later(now, 3600 * SECOND) })).toEqual({
      sent: 0,
      retrying: 0,
      failed: 0,
    });
    expect(outbox.recent()).toHaveLength(2);
  });

  it("retries a failing gateway after 30 s, then 1 min, then 2 min …", async () => {
    await enqueueFor(t.db, (await makeUser(t.db)).id);
    const { notifier, attempted } = recordingNotifier(gatewayDown);
    const t0 = new Date();

    expect(await deliverDueNotifications(t.db, notifier, { now: t0 })).toEqual({ sent: 0, retrying: 1, failed: 0 });
    expect((await deliveries())[0]).toMatchObject({
      status: "PENDING",
      attempts: 1,
      nextAttemptAt: later(t0, 30 * SECOND),
      lastError: "SMS gateway answered 503: busy",
    });
    await deliverDueNotifications(t.db, notifier, { now: later(t0, 30 * SECOND - 1) });
    expect(attempted).toHaveLength(1);

    const t1 = later(t0, 30 * SECOND);
    await deliverDueNotifications(t.db, notifier, { now: t1 });
    expect(attempted).toHaveLength(2);
    expect((await deliveries())[0]).toMatchObject({ attempts: 2, nextAttemptAt: later(t1, 60 * SECOND) });
    expect([1, 2, 3, 4, 7, 8, 20].map((n) => retryDelayMs(n) / SECOND)).toEqual([30, 60, 120, 240, 1920, 3600, 3600]);
  });

  it("delivers on a later attempt once the gateway is back, and sends nothing twice", async () => {
    const person = await makeUser(t.db);
    await enqueueFor(t.db, person.id);
    let up = false;
    const { notifier, attempted, sent } = recordingNotifier(async () => {
      if (!up) await gatewayDown();
    });
    const t0 = new Date();
    await deliverDueNotifications(t.db, notifier, { now: t0 });
    up = true;
    expect(await deliverDueNotifications(t.db, notifier, { now: later(t0, 30 * SECOND) })).toMatchObject({ sent: 1 });
    await deliverDueNotifications(t.db, notifier, { now: later(t0, 3600 * SECOND) });
    expect(attempted).toHaveLength(2);
    expect(sent).toHaveLength(1);
    expect((await deliveries())[0]).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
  });

  it("gives up after the last allowed attempt with the last error, and leaves the message in the centre", async () => {
    const person = await makeUser(t.db, "李失败");
    await enqueueFor(t.db, person.id);
    const policy = { ...deliveryPolicy, maxAttempts: 3 };
    const { notifier, attempted } = recordingNotifier(gatewayDown);
    let now = new Date();
    const reports = [];
    for (let i = 0; i < 5; i++) {
      reports.push(await deliverDueNotifications(t.db, notifier, { now, policy }));
      now = later(now, deliveryPolicy.maxRetryMs);
    }
    expect(reports.map((r) => r.failed)).toEqual([0, 0, 1, 0, 0]);
    expect(attempted).toHaveLength(3);
    expect((await deliveries())[0]).toMatchObject({
      status: "FAILED",
      attempts: 3,
      lastError: "SMS gateway answered 503: busy",
      sentAt: null,
    });
    expect(await t.db.notification.count({ where: { recipientId: person.id, readAt: null } })).toBe(1);
  });

  it("fails at once a message the gateway rejects for good", async () => {
    await enqueueFor(t.db, (await makeUser(t.db)).id);
    const { notifier, attempted } = recordingNotifier(async () => {
      throw new DeliveryRejected("SMS gateway answered 400: invalid number");
    });
    expect(await deliverDueNotifications(t.db, notifier)).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect((await deliveries())[0]).toMatchObject({
      status: "FAILED",
      attempts: 1,
      lastError: expect.stringContaining("400"),
    });
    await deliverDueNotifications(t.db, notifier, { now: later(new Date(), 3600 * SECOND) });
    expect(attempted).toHaveLength(1);
  });

  it("retries a delivery whose worker died between claim and send, once the lease has run out", async () => {
    await enqueueFor(t.db, (await makeUser(t.db)).id);
    const t0 = new Date();
    // A worker claims the delivery and dies before sending it.
    const claimed = await claimDueDeliveries(t.db, {
      now: t0,
      limit: 10,
      leaseMs: deliveryPolicy.leaseMs,
      maxAttempts: deliveryPolicy.maxAttempts,
    });
    expect(claimed).toHaveLength(1);
    const { notifier, sent } = recordingNotifier();

    await deliverDueNotifications(t.db, notifier, { now: later(t0, deliveryPolicy.leaseMs - 1) });
    expect(sent).toHaveLength(0);
    await deliverDueNotifications(t.db, notifier, { now: later(t0, deliveryPolicy.leaseMs) });
    expect(sent.map((m) => m.id)).toEqual([claimed[0].id]);
    expect((await deliveries())[0]).toMatchObject({ status: "SENT", attempts: 2 });
  });

  it("a worker that outlived its lease cannot overwrite the run that took its delivery over", async () => {
    await enqueueFor(t.db, (await makeUser(t.db)).id);
    const t0 = new Date();
    let fail = () => {};
    const slow = recordingNotifier(
      () =>
        new Promise<void>((_, reject) => {
          fail = () => reject(new Error("timed out after the lease"));
        }),
    );
    const stalled = deliverDueNotifications(t.db, slow.notifier, { now: t0 });
    while (slow.attempted.length === 0) await sleep(5);

    const fresh = recordingNotifier();
    await deliverDueNotifications(t.db, fresh.notifier, { now: later(t0, deliveryPolicy.leaseMs) });
    fail();
    await stalled;
    expect(fresh.sent).toHaveLength(1);
    expect((await deliveries())[0]).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
  });

  it("marks FAILED a delivery whose last allowed attempt died before it finished", async () => {
    await enqueueFor(t.db, (await makeUser(t.db)).id);
    const policy = { ...deliveryPolicy, maxAttempts: 1 };
    const t0 = new Date();
    await claimDueDeliveries(t.db, { now: t0, limit: 10, leaseMs: policy.leaseMs, maxAttempts: 1 });
    const { notifier, attempted } = recordingNotifier();
    expect(await deliverDueNotifications(t.db, notifier, { now: later(t0, policy.leaseMs), policy })).toEqual({
      sent: 0,
      retrying: 0,
      failed: 1,
    });
    expect(attempted).toHaveLength(0);
    expect((await deliveries())[0]).toMatchObject({
      status: "FAILED",
      lastError: expect.stringContaining("did not finish"),
    });
  });

  it("two runs at once over 50 deliveries send each exactly once", async () => {
    const people = await Promise.all(Array.from({ length: 10 }, () => makeUser(t.db)));
    for (const person of people) await enqueueFor(t.db, person.id, 5);
    const senders: string[][] = [[], []];
    const worker = (n: number) =>
      recordingNotifier(async (message) => {
        senders[n].push(message.id);
        await sleep(2);
      }).notifier;
    const policy = { ...deliveryPolicy, batchSize: 5 };
    const now = new Date();

    const reports = await Promise.all([0, 1].map((n) => deliverDueNotifications(t.db, worker(n), { now, policy })));

    const all = senders.flat();
    expect(all).toHaveLength(50);
    expect(new Set(all).size).toBe(50);
    expect(senders[0].length).toBeGreaterThan(0);
    expect(senders[1].length).toBeGreaterThan(0);
    expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(50);
    expect(await t.db.notificationDelivery.count({ where: { status: "SENT", attempts: 1 } })).toBe(50);
  });
});
