import { describe, expect, it } from "vitest";
import { callerFor, makeApplicantWithUnit, makeNotice, makeOrgWithPublisher, makeUser } from "../helpers/fixtures";
import { refusal } from "../helpers/trpc-errors";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb(makeOrgWithPublisher);

const boundApplicant = (name: string) => makeApplicantWithUnit(t.db, t.org.unit.id, name);

describe("我的申报", () => {
  it("the hall lists an applicant's own applications, newest first, with the notice and the recommending unit", async () => {
    const { api } = await boundApplicant("申报人甲");
    const older = await makeNotice(t.db, t.org, t.publisherId, { title: "较早的通知" });
    const newer = await makeNotice(t.db, t.org, t.publisherId, { title: "较晚的通知" });
    const first = await api.application.start({ noticeId: older.id, conditionsConfirmed: true });
    const second = await api.application.start({ noticeId: newer.id, conditionsConfirmed: true });
    await t.db.application.update({ where: { id: first.id }, data: { createdAt: new Date(Date.now() - 60_000) } });

    const page = await api.application.mine({ page: 1, pageSize: 10 });

    expect(page).toMatchObject({ total: 2, page: 1, pageSize: 10 });
    expect(page.items.map((a) => a.id)).toEqual([second.id, first.id]);
    expect(page.items[0]).toMatchObject({
      status: "DRAFT",
      submittedAt: null,
      notice: { id: newer.id, title: "较晚的通知", series: "ENGINEERING", levels: ["INTERMEDIATE", "SUB_SENIOR"] },
      unit: { name: t.org.unit.name, creditCode: t.org.unit.creditCode, departmentName: t.org.department.name },
    });
    expect(page.items[0].createdAt).toBeInstanceOf(Date);
    expect(page.items[0].updatedAt).toBeInstanceOf(Date);
  });

  it("the history is paged", async () => {
    const { api } = await boundApplicant("申报人乙");
    for (let i = 0; i < 3; i += 1) {
      const notice = await makeNotice(t.db, t.org, t.publisherId);
      await api.application.start({ noticeId: notice.id, conditionsConfirmed: true });
    }
    const second = await api.application.mine({ page: 2, pageSize: 2 });
    expect(second.total).toBe(3);
    expect(second.items).toHaveLength(1);
  });

  it("an applicant never sees someone else's applications", async () => {
    const owner = await boundApplicant("申报人丙");
    const stranger = await boundApplicant("申报人丁");
    const notice = await makeNotice(t.db, t.org, t.publisherId);
    const { id } = await owner.api.application.start({ noticeId: notice.id, conditionsConfirmed: true });

    expect((await stranger.api.application.mine({ page: 1, pageSize: 10 })).items.map((a) => a.id)).not.toContain(id);
    expect(await refusal(stranger.api.application.get({ id }))).toMatchObject({
      code: "NOT_FOUND",
      message: "申报记录不存在",
    });
  });

  it("an applicant opens their own application with the notice's window and organisations", async () => {
    const { api } = await boundApplicant("申报人戊");
    const notice = await makeNotice(t.db, t.org, t.publisherId);
    const { id } = await api.application.start({ noticeId: notice.id, conditionsConfirmed: true });

    expect(await api.application.get({ id })).toMatchObject({
      id,
      status: "DRAFT",
      unit: { id: t.org.unit.id, name: t.org.unit.name },
      notice: {
        id: notice.id,
        title: notice.title,
        startsAt: notice.startsAt,
        endsAt: notice.endsAt,
        committee: { name: t.org.committee.name },
        department: { name: t.org.department.name },
      },
    });
  });

  it("the open notices show which ones the applicant has already applied to", async () => {
    const { api } = await boundApplicant("申报人己");
    const applied = await makeNotice(t.db, t.org, t.publisherId);
    const fresh = await makeNotice(t.db, t.org, t.publisherId);
    const { id } = await api.application.start({ noticeId: applied.id, conditionsConfirmed: true });

    const open = await api.notice.listOpen();
    expect(open.find((n) => n.id === applied.id)?.myApplication).toMatchObject({ id, status: "DRAFT" });
    expect(open.find((n) => n.id === fresh.id)?.myApplication).toBeNull();
  });

  it("a signed-out visitor is asked to sign in", async () => {
    const anonymous = await callerFor(t.db, null);
    expect((await refusal(anonymous.application.mine({ page: 1, pageSize: 10 }))).code).toBe("UNAUTHORIZED");
    expect((await refusal(anonymous.application.get({ id: "any" }))).code).toBe("UNAUTHORIZED");
    expect((await refusal(anonymous.application.recommendingUnit())).code).toBe("UNAUTHORIZED");
  });
});

describe("推荐单位 shown before applying", () => {
  it("is empty for a person who has not bound a unit", async () => {
    const person = await makeUser(t.db);
    expect(await (await callerFor(t.db, person.id)).application.recommendingUnit()).toBeNull();
  });

  it("shows a pending binding as not yet approved", async () => {
    const person = await makeUser(t.db);
    await t.db.unitBinding.create({ data: { userId: person.id, unitId: t.org.unit.id } });
    expect(await (await callerFor(t.db, person.id)).application.recommendingUnit()).toMatchObject({
      approved: false,
      unit: { name: t.org.unit.name, creditCode: t.org.unit.creditCode },
    });
  });

  it("shows the approved unit", async () => {
    const { api } = await boundApplicant("申报人庚");
    expect(await api.application.recommendingUnit()).toMatchObject({
      approved: true,
      unit: {
        id: t.org.unit.id,
        name: t.org.unit.name,
        creditCode: t.org.unit.creditCode,
        departmentName: t.org.department.name,
      },
    });
  });

  it("ignores bindings that ended", async () => {
    const person = await makeUser(t.db);
    await t.db.unitBinding.create({
      data: { userId: person.id, unitId: t.org.unit.id, status: "UNBOUND", isActive: false, endedAt: new Date() },
    });
    expect(await (await callerFor(t.db, person.id)).application.recommendingUnit()).toBeNull();
  });
});
