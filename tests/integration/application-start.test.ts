import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  callerFor,
  makeApplicantWithUnit,
  makeNotice,
  makeOrg,
  makeOrgWithPublisher,
  makeUser,
} from "../helpers/fixtures";
import { refusal } from "../helpers/trpc-errors";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb(makeOrgWithPublisher);

const DAY = 86400_000;

const boundApplicant = (name?: string) => makeApplicantWithUnit(t.db, t.org.unit.id, name);

describe("确认并开始申报", () => {
  it("an applicant with an approved unit starts a draft that records the unit as it is now, and the start is audited", async () => {
    const { person, api } = await boundApplicant();
    const notice = await makeNotice(t.db, t.org, t.publisherId);

    const started = await api.application.start({ noticeId: notice.id, conditionsConfirmed: true });

    expect(started.created).toBe(true);
    const stored = await t.db.application.findUniqueOrThrow({ where: { id: started.id } });
    expect(stored).toMatchObject({
      applicantId: person.id,
      noticeId: notice.id,
      unitId: t.org.unit.id,
      status: "DRAFT",
      submittedAt: null,
      unitSnapshot: {
        id: t.org.unit.id,
        name: t.org.unit.name,
        creditCode: t.org.unit.creditCode,
        departmentName: t.org.department.name,
      },
    });
    expect(await t.db.auditLog.findMany({ where: { entityType: "Application", entityId: started.id } })).toEqual([
      expect.objectContaining({
        actorId: person.id,
        action: "application.create",
        fromStatus: null,
        toStatus: "DRAFT",
        detail: expect.objectContaining({
          notice: notice.title,
          unit: expect.objectContaining({ name: t.org.unit.name }),
        }),
      }),
    ]);
  });

  it("a later rename of the unit does not change the unit the application was started under", async () => {
    const renamedOrg = await makeOrg(t.db);
    const { api } = await makeApplicantWithUnit(t.db, renamedOrg.unit.id);
    const notice = await makeNotice(t.db, renamedOrg, t.publisherId);
    const { id } = await api.application.start({ noticeId: notice.id, conditionsConfirmed: true });

    await t.db.unit.update({ where: { id: renamedOrg.unit.id }, data: { name: "改名后的单位" } });

    expect((await api.application.get({ id })).unit.name).toBe(renamedOrg.unit.name);
  });

  it("an applicant must confirm that they meet the conditions; the refusal names the checkbox", async () => {
    const { api } = await boundApplicant();
    const notice = await makeNotice(t.db, t.org, t.publisherId);
    const input = { noticeId: notice.id, conditionsConfirmed: false } as unknown as {
      noticeId: string;
      conditionsConfirmed: true;
    };

    expect(await refusal(api.application.start(input))).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { conditionsConfirmed: ["请先确认本人符合申报条件"] },
    });
    expect(await t.db.application.count({ where: { noticeId: notice.id } })).toBe(0);
  });

  it("a signed-out visitor is asked to sign in", async () => {
    const notice = await makeNotice(t.db, t.org, t.publisherId);
    const anonymous = await callerFor(t.db, null);
    expect((await refusal(anonymous.application.start({ noticeId: notice.id, conditionsConfirmed: true }))).code).toBe(
      "UNAUTHORIZED",
    );
  });
});

describe("推荐单位 is a precondition", () => {
  it("an applicant without any binding cannot start an application", async () => {
    const person = await makeUser(t.db);
    const api = await callerFor(t.db, person.id);
    const notice = await makeNotice(t.db, t.org, t.publisherId);

    expect(await refusal(api.application.start({ noticeId: notice.id, conditionsConfirmed: true }))).toMatchObject({
      code: "BAD_REQUEST",
      message: "请先绑定推荐单位，单位审核通过后方可申报",
    });
    expect(await t.db.application.count({ where: { applicantId: person.id } })).toBe(0);
  });

  it("an applicant whose binding the unit has not yet approved cannot start an application", async () => {
    const person = await makeUser(t.db);
    await t.db.unitBinding.create({ data: { userId: person.id, unitId: t.org.unit.id } });
    const api = await callerFor(t.db, person.id);
    const notice = await makeNotice(t.db, t.org, t.publisherId);

    expect(await refusal(api.application.start({ noticeId: notice.id, conditionsConfirmed: true }))).toMatchObject({
      code: "BAD_REQUEST",
      message: "请先绑定推荐单位，单位审核通过后方可申报",
    });
  });
});

describe("申报时间 is checked with the server's clock", () => {
  it("an applicant cannot start an application for a closed notice", async () => {
    const { api } = await boundApplicant();
    const notice = await makeNotice(t.db, t.org, t.publisherId, { status: "CLOSED" });
    expect(await refusal(api.application.start({ noticeId: notice.id, conditionsConfirmed: true }))).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("该通知不在申报时间内"),
    });
  });

  it("an applicant cannot start an application for an unpublished notice: it does not exist for them", async () => {
    const { api } = await boundApplicant();
    const notice = await makeNotice(t.db, t.org, t.publisherId, { status: "DRAFT" });
    expect((await refusal(api.application.start({ noticeId: notice.id, conditionsConfirmed: true }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await refusal(api.application.start({ noticeId: randomUUID(), conditionsConfirmed: true }))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("an applicant cannot start before the window opens", async () => {
    const { api } = await boundApplicant();
    const now = Date.now();
    const notice = await makeNotice(t.db, t.org, t.publisherId, {
      startsAt: new Date(now + DAY),
      endsAt: new Date(now + 10 * DAY),
    });
    expect(await refusal(api.application.start({ noticeId: notice.id, conditionsConfirmed: true }))).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("申报尚未开始"),
    });
  });

  it("an applicant cannot start after the deadline", async () => {
    const { api } = await boundApplicant();
    const now = Date.now();
    const notice = await makeNotice(t.db, t.org, t.publisherId, {
      startsAt: new Date(now - 10 * DAY),
      endsAt: new Date(now - 1000),
    });
    expect(await refusal(api.application.start({ noticeId: notice.id, conditionsConfirmed: true }))).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("申报已截止"),
    });
    expect(await t.db.application.count({ where: { noticeId: notice.id } })).toBe(0);
  });
});

describe("one application per person per notice", () => {
  it("clicking 申报 again opens the existing application instead of creating a second", async () => {
    const { person, api } = await boundApplicant();
    const notice = await makeNotice(t.db, t.org, t.publisherId);
    const first = await api.application.start({ noticeId: notice.id, conditionsConfirmed: true });
    const again = await api.application.start({ noticeId: notice.id, conditionsConfirmed: true });

    expect(again).toEqual({ id: first.id, created: false });
    expect(await t.db.application.count({ where: { applicantId: person.id, noticeId: notice.id } })).toBe(1);
    expect(await t.db.auditLog.count({ where: { entityId: first.id, action: "application.create" } })).toBe(1);
  });

  it("an applicant reopens their own draft even after the notice has closed", async () => {
    const { api } = await boundApplicant();
    const notice = await makeNotice(t.db, t.org, t.publisherId);
    const first = await api.application.start({ noticeId: notice.id, conditionsConfirmed: true });
    await t.db.notice.update({ where: { id: notice.id }, data: { status: "CLOSED", closedAt: new Date() } });

    expect(await api.application.start({ noticeId: notice.id, conditionsConfirmed: true })).toEqual({
      id: first.id,
      created: false,
    });
  });

  it("ten simultaneous clicks on 申报 all open the same application, and exactly one row exists", async () => {
    const { person, api } = await boundApplicant();
    const notice = await makeNotice(t.db, t.org, t.publisherId);

    const results = await Promise.all(
      Array.from({ length: 10 }, () => api.application.start({ noticeId: notice.id, conditionsConfirmed: true })),
    );

    const ids = new Set(results.map((r) => r.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await t.db.application.count({ where: { applicantId: person.id, noticeId: notice.id } })).toBe(1);
    expect(await t.db.auditLog.count({ where: { entityId: [...ids][0], action: "application.create" } })).toBe(1);
  });

  it("two people may each apply under the same notice", async () => {
    const notice = await makeNotice(t.db, t.org, t.publisherId);
    const a = await boundApplicant("申报人甲");
    const b = await boundApplicant("申报人乙");
    const [first, second] = await Promise.all([
      a.api.application.start({ noticeId: notice.id, conditionsConfirmed: true }),
      b.api.application.start({ noticeId: notice.id, conditionsConfirmed: true }),
    ]);
    expect(first.id).not.toBe(second.id);
    expect(await t.db.application.count({ where: { noticeId: notice.id } })).toBe(2);
  });
});
