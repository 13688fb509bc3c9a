import { describe, expect, it } from "vitest";
import { callerFor, grant, makeOrg, makeUser } from "../helpers/fixtures";
import { refusal } from "../helpers/trpc-errors";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb(async (db) => {
  const [home, other] = [await makeOrg(db), await makeOrg(db)];
  const reviewer = await makeUser(db, "本单位审核人");
  await grant(db, reviewer.id, "UNIT_REVIEWER", { unitId: home.unit.id });
  const outsider = await makeUser(db, "外单位审核人");
  await grant(db, outsider.id, "UNIT_REVIEWER", { unitId: other.unit.id });
  return { home, reviewer, reviewerApi: await callerFor(db, reviewer.id), outsider };
});

const messagesOf = (recipientId: string) =>
  t.db.notification.findMany({ where: { recipientId }, orderBy: { createdAt: "asc" }, include: { deliveries: true } });

async function request(name: string) {
  const person = await makeUser(t.db, name);
  const api = await callerFor(t.db, person.id);
  const binding = await api.binding.request({ creditCode: t.home.unit.creditCode });
  return { person, api, binding };
}

describe("绑定 tells the people it concerns", () => {
  it("a request reaches the unit's reviewers, with a link to the unit workspace, and no reviewer of another unit", async () => {
    const before = (await messagesOf(t.reviewer.id)).length;
    await request("陈绑定");
    const messages = await messagesOf(t.reviewer.id);
    expect(messages).toHaveLength(before + 1);
    expect(messages.at(-1)).toMatchObject({
      kind: "BINDING_REQUESTED",
      title: "新的绑定申请：陈绑定",
      body: `陈绑定申请绑定${t.home.unit.name}为推荐单位，请在单位工作台审核。`,
      link: "/unit",
      deliveries: [expect.objectContaining({ channel: "SMS", status: "PENDING" })],
    });
    expect(await messagesOf(t.outsider.id)).toEqual([]);
  });

  it("通过 tells the applicant, with a link to 个人绑定单位", async () => {
    const { person, binding } = await request("褚通过");
    await t.reviewerApi.unitReview.approveBinding({ bindingId: binding.id });
    expect(await messagesOf(person.id)).toEqual([
      expect.objectContaining({
        kind: "BINDING_APPROVED",
        title: "您的单位绑定申请已通过",
        link: "/hall/binding",
        readAt: null,
      }),
    ]);
  });

  it("驳回 tells the applicant the reason", async () => {
    const { person, binding } = await request("卫驳回");
    await t.reviewerApi.unitReview.rejectBinding({ bindingId: binding.id, reason: "非本单位在职人员" });
    const [message] = await messagesOf(person.id);
    expect(message).toMatchObject({ kind: "BINDING_REJECTED", title: "您的单位绑定申请被驳回" });
    expect(message.body).toBe(`${t.home.unit.name}驳回了您的绑定申请。理由：非本单位在职人员`);
  });

  it("a decision that is refused (already decided) writes no message", async () => {
    const { person, binding } = await request("蒋重复");
    await t.reviewerApi.unitReview.approveBinding({ bindingId: binding.id });
    expect(
      await refusal(t.reviewerApi.unitReview.rejectBinding({ bindingId: binding.id, reason: "再次驳回" })),
    ).toMatchObject({ code: "CONFLICT" });
    expect((await messagesOf(person.id)).map((m) => m.kind)).toEqual(["BINDING_APPROVED"]);
  });
});
