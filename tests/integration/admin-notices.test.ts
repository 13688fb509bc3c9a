import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { toShanghaiLocalInput } from "@/lib/datetime";
import { callerFor, makeAdmin, makeOrg, makeUser } from "../helpers/fixtures";
import { refusal } from "../helpers/trpc-errors";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb(async (db) => ({
  ...(await makeAdmin(db, "管理员甲")),
  secondAdmin: (await makeAdmin(db, "管理员乙")).admin,
  org: await makeOrg(db),
}));

/** A valid notice form as the admin fills it in; the org's committee reviews 工程 (ENGINEERING). */
function noticeForm(overrides: Record<string, unknown> = {}) {
  return {
    title: "2026年度工程系列职称评审申报通知",
    body: "一、申报条件……\n二、注意事项……",
    series: "ENGINEERING" as const,
    levels: ["INTERMEDIATE", "SUB_SENIOR"] as ("INTERMEDIATE" | "SUB_SENIOR" | "SENIOR" | "JUNIOR")[],
    departmentId: t.org.department.id,
    committeeId: t.org.committee.id,
    startsAt: "2026-03-01T09:00",
    endsAt: "2026-03-31T17:00",
    ...overrides,
  };
}

function statusAudit(noticeId: string, action: string) {
  return t.db.auditLog.findMany({ where: { entityId: noticeId, action } });
}

describe("起草申报通知", () => {
  it("an admin drafts a notice; the window is read as Beijing time and the draft is audited", async () => {
    const notice = await t.admin.admin.notices.create(noticeForm());
    expect(notice.status).toBe("DRAFT");
    const stored = await t.db.notice.findUniqueOrThrow({ where: { id: notice.id } });
    expect(stored.startsAt.toISOString()).toBe("2026-03-01T01:00:00.000Z");
    expect(stored.endsAt.toISOString()).toBe("2026-03-31T09:00:00.000Z");
    expect(stored).toMatchObject({ createdById: t.adminId, levels: ["INTERMEDIATE", "SUB_SENIOR"], publishedAt: null });
    expect(await statusAudit(notice.id, "notice.create")).toEqual([
      expect.objectContaining({
        actorId: t.adminId,
        entityType: "Notice",
        fromStatus: null,
        toStatus: "DRAFT",
        detail: expect.objectContaining({ title: "2026年度工程系列职称评审申报通知", committee: t.org.committee.name }),
      }),
    ]);
    const edit = await t.admin.admin.notices.get({ id: notice.id });
    expect(toShanghaiLocalInput(edit.startsAt)).toBe("2026-03-01T09:00");
  });

  it.each([
    ["the window ends before it starts", { endsAt: "2026-02-28T09:00" }, "endsAt", "申报截止时间须晚于开始时间"],
    ["the window is empty", { endsAt: "2026-03-01T09:00" }, "endsAt", "申报截止时间须晚于开始时间"],
    ["no level is chosen", { levels: [] }, "levels", "请至少选择一个申报级别"],
    ["the start time is missing", { startsAt: "" }, "startsAt", "请选择申报开始时间"],
    ["the title is blank", { title: " " }, "title", "请输入通知标题"],
  ])("a draft is refused when %s", async (_case, overrides, field, message) => {
    expect(await refusal(t.admin.admin.notices.create(noticeForm(overrides)))).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { [field]: [message] },
    });
  });

  it("a committee of another series is refused at the committee field", async () => {
    expect(await refusal(t.admin.admin.notices.create(noticeForm({ series: "HEALTH" })))).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { committeeId: ["所选评委会评审「工程」系列，与通知的职称系列不一致"] },
    });
  });

  it("a draft can be edited, and the audit records what changed", async () => {
    const notice = await t.admin.admin.notices.create(noticeForm());
    await t.admin.admin.notices.update({ id: notice.id, ...noticeForm({ title: "修改后的通知", levels: ["SENIOR"] }) });
    expect(await t.db.notice.findUniqueOrThrow({ where: { id: notice.id } })).toMatchObject({
      title: "修改后的通知",
      levels: ["SENIOR"],
    });
    const [entry] = await statusAudit(notice.id, "notice.update");
    expect(entry.detail).toEqual({
      title: { from: "2026年度工程系列职称评审申报通知", to: "修改后的通知" },
      levels: { from: ["INTERMEDIATE", "SUB_SENIOR"], to: ["SENIOR"] },
    });
  });
});

describe("发布与关闭", () => {
  it("an admin can publish a draft notice once", async () => {
    const notice = await t.admin.admin.notices.create(noticeForm());
    const published = await t.admin.admin.notices.publish({ id: notice.id });
    expect(published.status).toBe("PUBLISHED");
    expect((await t.db.notice.findUniqueOrThrow({ where: { id: notice.id } })).publishedAt).toBeInstanceOf(Date);
    expect(await statusAudit(notice.id, "notice.publish")).toEqual([
      expect.objectContaining({ actorId: t.adminId, fromStatus: "DRAFT", toStatus: "PUBLISHED" }),
    ]);
    expect(await refusal(t.admin.admin.notices.publish({ id: notice.id }))).toMatchObject({
      code: "CONFLICT",
      message: "通知状态已变化，请刷新后重试",
    });
    expect(await statusAudit(notice.id, "notice.publish")).toHaveLength(1);
  });

  it("a published notice can no longer be edited", async () => {
    const notice = await t.admin.admin.notices.create(noticeForm());
    await t.admin.admin.notices.publish({ id: notice.id });
    expect(
      await refusal(t.admin.admin.notices.update({ id: notice.id, ...noticeForm({ title: "偷改" }) })),
    ).toMatchObject({
      code: "CONFLICT",
      message: "只有未发布的通知可以修改",
    });
  });

  it("a draft cannot be closed; a published notice can, and closing is audited", async () => {
    const notice = await t.admin.admin.notices.create(noticeForm());
    expect(await refusal(t.admin.admin.notices.close({ id: notice.id }))).toMatchObject({ code: "CONFLICT" });
    expect((await t.db.notice.findUniqueOrThrow({ where: { id: notice.id } })).status).toBe("DRAFT");

    await t.admin.admin.notices.publish({ id: notice.id });
    await t.admin.admin.notices.close({ id: notice.id });
    const closed = await t.db.notice.findUniqueOrThrow({ where: { id: notice.id } });
    expect(closed).toMatchObject({ status: "CLOSED", closedAt: expect.any(Date) });
    expect(await statusAudit(notice.id, "notice.close")).toEqual([
      expect.objectContaining({ actorId: t.adminId, fromStatus: "PUBLISHED", toStatus: "CLOSED" }),
    ]);
    expect(await refusal(t.admin.admin.notices.publish({ id: notice.id }))).toMatchObject({ code: "CONFLICT" });
  });

  it("an unknown notice is reported as not found", async () => {
    expect(await refusal(t.admin.admin.notices.publish({ id: randomUUID() }))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("when two admins publish the same draft at once, exactly one succeeds and the other gets a conflict", async () => {
    const notice = await t.admin.admin.notices.create(noticeForm());
    const results = await Promise.allSettled([
      t.admin.admin.notices.publish({ id: notice.id }),
      t.secondAdmin.admin.notices.publish({ id: notice.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toMatchObject({ code: "CONFLICT", message: "通知状态已变化，请刷新后重试" });
    expect(await statusAudit(notice.id, "notice.publish")).toHaveLength(1);
  });

  it("a published notice whose window is open reaches applicants; drafts do not", async () => {
    const now = Date.now();
    const window = {
      startsAt: toShanghaiLocalInput(new Date(now - 3600_000)),
      endsAt: toShanghaiLocalInput(new Date(now + 86400_000)),
    };
    const draft = await t.admin.admin.notices.create(noticeForm({ title: "未发布的通知", ...window }));
    const open = await t.admin.admin.notices.create(noticeForm({ title: "正在受理的通知", ...window }));
    await t.admin.admin.notices.publish({ id: open.id });
    const applicant = await callerFor(t.db, (await makeUser(t.db, "申报人")).id);
    const visible = (await applicant.notice.listOpen()).map((n) => n.id);
    expect(visible).toContain(open.id);
    expect(visible).not.toContain(draft.id);
  });
});

describe("通知列表", () => {
  it("lists notices by status, newest first, with department, committee and author names", async () => {
    const list = await t.admin.admin.notices.list({ status: "CLOSED" });
    expect(list.total).toBeGreaterThan(0);
    expect(list.items.every((n) => n.status === "CLOSED")).toBe(true);
    expect(list.items[0]).toMatchObject({
      department: { name: t.org.department.name },
      createdBy: { name: "管理员甲" },
    });
    const all = await t.admin.admin.notices.list({ pageSize: 100 });
    const created = all.items.map((n) => n.id);
    const ordered = await t.db.notice.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      select: { id: true },
    });
    expect(created).toEqual(ordered.map((n) => n.id));
  });
});
