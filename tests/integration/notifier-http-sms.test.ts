import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SMS_MAX_LENGTH, smsText } from "@/lib/notifications/wording";
import { deliverDueNotifications } from "@/server/jobs/deliver-notifications";
import { httpSmsNotifier } from "@/server/notifier/http-sms";
import { DeliveryRejected, type OutboundMessage } from "@/server/notifier/types";
import { makeUser } from "../helpers/fixtures";
import { enqueueFor } from "../helpers/notifications";
import { type SmsGatewayStandin, startSmsGatewayStandin } from "../helpers/sms-gateway-standin";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb();
let gateway: SmsGatewayStandin;

beforeAll(async () => {
  gateway = await startSmsGatewayStandin();
});
afterAll(() => gateway.close());
beforeEach(async () => {
  gateway.sent.length = 0;
  gateway.requests.length = 0;
  await t.db.notificationDelivery.deleteMany();
});

const notifier = (overrides: { apiKey?: string; timeoutMs?: number } = {}) =>
  httpSmsNotifier({ url: gateway.url, apiKey: gateway.apiKey, sender: "职称评审", ...overrides });

const message: OutboundMessage = {
  id: "5f2b7f0e-8c1a-4d3e-9b6f-2a1c3d4e5f60",
  channel: "SMS",
  destination: "13800000001",
  title: "您的职称申报在推荐单位审核阶段被退回",
  body: "您申报的《2026年度工程系列职称评审》在推荐单位审核阶段被退回。",
};

const refusalOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe("the HTTP SMS notifier against a stand-in gateway", () => {
  it("posts one JSON message with the key, the sender and the delivery id as idempotency key", async () => {
    await notifier().send(message);
    expect(gateway.sent).toEqual([
      { from: "职称评审", to: "13800000001", text: smsText(message), reference: message.id },
    ]);
    expect(gateway.requests[0].headers).toMatchObject({
      authorization: `Bearer ${gateway.apiKey}`,
      "content-type": "application/json",
      "idempotency-key": message.id,
    });
    // Sent again after a crash lost the gateway's answer: a gateway that honours the key sends it once.
    await notifier().send(message);
    expect(gateway.sent).toHaveLength(1);
  });

  it("cuts a long message to one SMS that points to the message centre", () => {
    const long = { title: "您的职称申报在推荐单位审核阶段被退回", body: "意见".repeat(200) };
    const text = smsText(long);
    expect(text).toHaveLength(SMS_MAX_LENGTH);
    expect(text.endsWith("…（详见系统消息中心）")).toBe(true);
    expect(smsText(message)).toBe(`${message.title}：${message.body}`);
  });

  it("a refused number is rejected for good; a refused key, throttling and server errors are worth a retry", async () => {
    expect(await refusalOf(notifier().send({ ...message, destination: "12345" }))).toBeInstanceOf(DeliveryRejected);
    const badKey = await refusalOf(notifier({ apiKey: "wrong" }).send(message));
    expect(badKey).toBeInstanceOf(Error);
    expect(badKey).not.toBeInstanceOf(DeliveryRejected);
    for (const status of [429, 500, 503]) {
      gateway.answerNext(status);
      const error = await refusalOf(notifier().send(message));
      expect(error).not.toBeInstanceOf(DeliveryRejected);
      expect((error as Error).message).toContain(`SMS gateway answered ${status}`);
    }
    expect(gateway.sent).toEqual([]);
  });

  it("gives up on a gateway that does not answer in time", async () => {
    gateway.answerNext("hang");
    const error = await refusalOf(notifier({ timeoutMs: 200 }).send(message));
    expect((error as Error).name).toBe("TimeoutError");
    expect(gateway.sent).toEqual([]);
  });

  it("sends no e-mail", async () => {
    expect(await refusalOf(notifier().send({ ...message, channel: "EMAIL", destination: "a@b.cn" }))).toBeInstanceOf(
      DeliveryRejected,
    );
  });

  it("through the delivery job: a busy gateway is retried and the message arrives once", async () => {
    const person = await makeUser(t.db, "蒋短信");
    await enqueueFor(t.db, person.id);
    gateway.answerNext(503);
    const t0 = new Date();
    expect(await deliverDueNotifications(t.db, notifier(), { now: t0 })).toMatchObject({ retrying: 1 });
    expect(await deliverDueNotifications(t.db, notifier(), { now: new Date(t0.getTime() + 30_000) })).toMatchObject({
      sent: 1,
    });
    expect(gateway.sent).toEqual([
      expect.objectContaining({ to: person.mobile, text: expect.stringContaining("绑定申请已通过") }),
    ]);
    expect(await t.db.notificationDelivery.findFirstOrThrow()).toMatchObject({ status: "SENT", attempts: 2 });
  });
});
