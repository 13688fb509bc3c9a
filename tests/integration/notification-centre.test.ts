import { describe, expect, it } from "vitest";
import { notificationMessages } from "@/lib/notifications/messages";
import { callerFor, makeUser } from "../helpers/fixtures";
import { enqueueFor } from "../helpers/notifications";
import { refusal } from "../helpers/trpc-errors";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb();

/** A person with `count` messages and a caller acting as them. */
async function personWithMessages(name: string, count: number) {
  const person = await makeUser(t.db, name);
  await enqueueFor(t.db, person.id, count);
  return { person, api: await callerFor(t.db, person.id) };
}

describe("消息中心", () => {
  it("lists the caller's own messages newest first, page by page, without gaps or repeats", async () => {
    const { person, api } = await personWithMessages("翻页人", 0);
    // 25 messages over 5 instants: ties on the time are ordered by id, as the index is.
    const base = Date.UTC(2026, 10, 1);
    await t.db.notification.createMany({
      data: Array.from({ length: 25 }, (_, i) => ({
        recipientId: person.id,
        kind: "BINDING_APPROVED" as const,
        title: `消息${i}`,
        body: "正文",
        createdAt: new Date(base + Math.floor(i / 5) * 60_000),
      })),
    });
    await enqueueFor(t.db, (await makeUser(t.db, "别人")).id, 3);

    const seen: { id: string; createdAt: Date }[] = [];
    let cursor = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof api.notification.list>> = await api.notification.list({
        cursor,
        limit: 10,
      });
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);

    expect(pages).toBe(3);
    const expected = await t.db.notification.findMany({
      where: { recipientId: person.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(seen.map((m) => m.id)).toEqual(expected.map((m) => m.id));
    expect(new Set(seen.map((m) => m.id)).size).toBe(25);
  });

  it("counts the unread ones; 标为已读 marks one, 全部标为已读 the rest, and marking again changes nothing", async () => {
    const { person, api } = await personWithMessages("读消息", 3);
    const other = await personWithMessages("旁人", 2);
    expect(await api.notification.unreadCount()).toBe(3);
    const { items } = await api.notification.list({});
    expect(items.every((m) => m.readAt === null)).toBe(true);

    await api.notification.markRead({ id: items[0].id });
    expect(await api.notification.unreadCount()).toBe(2);
    const readAt = (await t.db.notification.findUniqueOrThrow({ where: { id: items[0].id } })).readAt;
    expect(readAt).toBeInstanceOf(Date);
    await api.notification.markRead({ id: items[0].id });
    expect((await t.db.notification.findUniqueOrThrow({ where: { id: items[0].id } })).readAt).toEqual(readAt);

    expect(await api.notification.markAllRead()).toBe(2);
    expect(await api.notification.unreadCount()).toBe(0);
    expect(await t.db.notification.count({ where: { recipientId: person.id, readAt: null } })).toBe(0);
    expect(await other.api.notification.unreadCount()).toBe(2);
  });

  it("another person's message cannot be read or marked: it is not found, and stays unread", async () => {
    const owner = await personWithMessages("消息主人", 1);
    const snoop = await personWithMessages("旁观者", 1);
    const [message] = (await owner.api.notification.list({})).items;

    expect(await refusal(snoop.api.notification.markRead({ id: message.id }))).toMatchObject({
      code: "NOT_FOUND",
      message: notificationMessages.notFound,
    });
    expect((await snoop.api.notification.list({})).items.map((m) => m.id)).not.toContain(message.id);
    await snoop.api.notification.markAllRead();
    expect(await owner.api.notification.unreadCount()).toBe(1);
    expect(
      await refusal(snoop.api.notification.markRead({ id: "00000000-0000-4000-8000-000000000000" })),
    ).toMatchObject({ code: "NOT_FOUND" });
  });

  it("every procedure refuses a signed-out caller", async () => {
    const { api } = await personWithMessages("有消息", 1);
    const [message] = (await api.notification.list({})).items;
    const anonymous = await callerFor(t.db, null);
    for (const call of [
      anonymous.notification.list({}),
      anonymous.notification.unreadCount(),
      anonymous.notification.markRead({ id: message.id }),
      anonymous.notification.markAllRead(),
    ]) {
      expect(await refusal(call)).toMatchObject({ code: "UNAUTHORIZED" });
    }
    expect(await api.notification.unreadCount()).toBe(1);
  });

  it("refuses a malformed id or page size", async () => {
    const { api } = await personWithMessages("乱输入", 0);
    expect(await refusal(api.notification.markRead({ id: "../x" }))).toMatchObject({ code: "BAD_REQUEST" });
    expect(await refusal(api.notification.list({ limit: 500 }))).toMatchObject({ code: "BAD_REQUEST" });
  });
});
