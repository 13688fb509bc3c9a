import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { createTestDb, type TestDb } from "../helpers/db";
import { callerFor, makeNotice, makeOrgWithPublisher, makeUser, type Org } from "../helpers/fixtures";
import { refusal } from "../helpers/trpc-errors";

let testDb: TestDb;
let db: PrismaClient;
let org: Org;
let publisherId: string;
let applicant: Awaited<ReturnType<typeof callerFor>>;

const DAY = 86400_000;

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  ({ org, publisherId } = await makeOrgWithPublisher(db));
  applicant = await callerFor(db, (await makeUser(db, "申报人")).id);
});

afterAll(() => testDb.close());

describe("申报通知 as an applicant reads it", () => {
  it("an applicant reads a published notice's 申报注意事项, series, levels, window and organisations", async () => {
    const notice = await makeNotice(db, org, publisherId);
    expect(await applicant.notice.get({ id: notice.id })).toEqual({
      id: notice.id,
      title: notice.title,
      body: "一、申报条件：……\n二、申报注意事项：……",
      series: "ENGINEERING",
      levels: ["INTERMEDIATE", "SUB_SENIOR"],
      startsAt: notice.startsAt,
      endsAt: notice.endsAt,
      committee: { name: org.committee.name },
      department: { name: org.department.name },
      windowState: "OPEN",
      isOpen: true,
    });
  });

  it("whether a notice is open is decided by the server's clock", async () => {
    const now = Date.now();
    const upcoming = await makeNotice(db, org, publisherId, {
      startsAt: new Date(now + DAY),
      endsAt: new Date(now + 2 * DAY),
    });
    const ended = await makeNotice(db, org, publisherId, {
      startsAt: new Date(now - 2 * DAY),
      endsAt: new Date(now - 1000),
    });
    expect(await applicant.notice.get({ id: upcoming.id })).toMatchObject({
      isOpen: false,
      windowState: "NOT_STARTED",
    });
    expect(await applicant.notice.get({ id: ended.id })).toMatchObject({ isOpen: false, windowState: "ENDED" });
  });

  it("an unpublished notice does not exist for applicants", async () => {
    const draft = await makeNotice(db, org, publisherId, { status: "DRAFT" });
    expect(await refusal(applicant.notice.get({ id: draft.id }))).toMatchObject({
      code: "NOT_FOUND",
      message: "申报通知不存在或尚未发布",
    });
  });

  it("a closed notice is no longer offered", async () => {
    const closed = await makeNotice(db, org, publisherId, { status: "CLOSED" });
    expect((await refusal(applicant.notice.get({ id: closed.id }))).code).toBe("NOT_FOUND");
    expect((await applicant.notice.listOpen()).map((n) => n.id)).not.toContain(closed.id);
  });

  it("the hall lists only published notices inside their window, soonest deadline first", async () => {
    const now = Date.now();
    const later = await makeNotice(db, org, publisherId, { endsAt: new Date(now + 20 * DAY) });
    const sooner = await makeNotice(db, org, publisherId, { endsAt: new Date(now + 5 * DAY) });
    const upcoming = await makeNotice(db, org, publisherId, {
      startsAt: new Date(now + DAY),
      endsAt: new Date(now + 9 * DAY),
    });
    const draft = await makeNotice(db, org, publisherId, { status: "DRAFT" });

    const ids = (await applicant.notice.listOpen()).map((n) => n.id);
    expect(ids).not.toContain(upcoming.id);
    expect(ids).not.toContain(draft.id);
    expect(ids.indexOf(sooner.id)).toBeLessThan(ids.indexOf(later.id));
  });

  it("a signed-out visitor is asked to sign in", async () => {
    const notice = await makeNotice(db, org, publisherId);
    const anonymous = await callerFor(db, null);
    expect((await refusal(anonymous.notice.get({ id: notice.id }))).code).toBe("UNAUTHORIZED");
  });
});
