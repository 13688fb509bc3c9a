import { describe, expect, it } from "vitest";
import { callerFor, makeNotice, makeOrgWithPublisher, makeUser } from "../helpers/fixtures";
import { refusal } from "../helpers/trpc-errors";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb(async (db) => ({
  ...(await makeOrgWithPublisher(db)),
  applicant: await callerFor(db, (await makeUser(db, "申报人")).id),
}));

const DAY = 86400_000;

describe("申报通知 as an applicant reads it", () => {
  it("an applicant reads a published notice's 申报注意事项, series, levels, window and organisations", async () => {
    const notice = await makeNotice(t.db, t.org, t.publisherId);
    expect(await t.applicant.notice.get({ id: notice.id })).toEqual({
      id: notice.id,
      title: notice.title,
      body: "一、申报条件：……\n二、申报注意事项：……",
      series: "ENGINEERING",
      levels: ["INTERMEDIATE", "SUB_SENIOR"],
      startsAt: notice.startsAt,
      endsAt: notice.endsAt,
      committee: { name: t.org.committee.name },
      department: { name: t.org.department.name },
      windowState: "OPEN",
      isOpen: true,
    });
  });

  it("whether a notice is open is decided by the server's clock", async () => {
    const now = Date.now();
    const upcoming = await makeNotice(t.db, t.org, t.publisherId, {
      startsAt: new Date(now + DAY),
      endsAt: new Date(now + 2 * DAY),
    });
    const ended = await makeNotice(t.db, t.org, t.publisherId, {
      startsAt: new Date(now - 2 * DAY),
      endsAt: new Date(now - 1000),
    });
    expect(await t.applicant.notice.get({ id: upcoming.id })).toMatchObject({
      isOpen: false,
      windowState: "NOT_STARTED",
    });
    expect(await t.applicant.notice.get({ id: ended.id })).toMatchObject({ isOpen: false, windowState: "ENDED" });
  });

  it("an unpublished notice does not exist for applicants", async () => {
    const draft = await makeNotice(t.db, t.org, t.publisherId, { status: "DRAFT" });
    expect(await refusal(t.applicant.notice.get({ id: draft.id }))).toMatchObject({
      code: "NOT_FOUND",
      message: "申报通知不存在或尚未发布",
    });
  });

  it("a closed notice is no longer offered", async () => {
    const closed = await makeNotice(t.db, t.org, t.publisherId, { status: "CLOSED" });
    expect((await refusal(t.applicant.notice.get({ id: closed.id }))).code).toBe("NOT_FOUND");
    expect((await t.applicant.notice.listOpen()).map((n) => n.id)).not.toContain(closed.id);
  });

  it("the hall lists only published notices inside their window, soonest deadline first", async () => {
    const now = Date.now();
    const later = await makeNotice(t.db, t.org, t.publisherId, { endsAt: new Date(now + 20 * DAY) });
    const sooner = await makeNotice(t.db, t.org, t.publisherId, { endsAt: new Date(now + 5 * DAY) });
    const upcoming = await makeNotice(t.db, t.org, t.publisherId, {
      startsAt: new Date(now + DAY),
      endsAt: new Date(now + 9 * DAY),
    });
    const draft = await makeNotice(t.db, t.org, t.publisherId, { status: "DRAFT" });

    const ids = (await t.applicant.notice.listOpen()).map((n) => n.id);
    expect(ids).not.toContain(upcoming.id);
    expect(ids).not.toContain(draft.id);
    expect(ids.indexOf(sooner.id)).toBeLessThan(ids.indexOf(later.id));
  });

  it("a signed-out visitor is asked to sign in", async () => {
    const notice = await makeNotice(t.db, t.org, t.publisherId);
    const anonymous = await callerFor(t.db, null);
    expect((await refusal(anonymous.notice.get({ id: notice.id }))).code).toBe("UNAUTHORIZED");
  });
});
