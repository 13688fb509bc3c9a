import { beforeAll, describe, expect, it } from "vitest";
import { calendarDateOf, dateValue } from "@/lib/calendar/calendar-date";
import { PUBLICITY_WORKING_DAYS } from "@/lib/publicity/publicity.types";
import { loadWorkingCalendar, workingDaysAfter } from "@/server/domain/calendar/load-working-calendar";
import { approveEndedPublicities } from "@/server/domain/publicity/approve-ended-publicities";
import { fileObjection } from "@/server/domain/publicity/file-objection";
import { publishMeetingResults } from "@/server/domain/publicity/publish-meeting-results";
import { callerFor, makeUser } from "../helpers/fixtures";
import { applicationAtCommittee, closedMeeting, ensureCalendarForToday, makeChair } from "../helpers/publicity";
import { type Caller, makeReviewWorld } from "../helpers/review";
import { testStorage } from "../helpers/storage";
import { refusal } from "../helpers/trpc-errors";
import { useTestDb } from "../helpers/use-test-db";

/**
 * 公示 (SPEC: 评委会评审 → 公示 → 终审通过): the chair publishes a closed meeting, passed applications
 * are listed publicly for at least five working days, anyone signed in may object, the chair
 * records findings, and a job approves what ended without an objection holding it.
 */
const storage = testStorage();
const t = useTestDb(async (db) => {
  const world = await makeReviewWorld(db);
  const chair = await makeChair(db, world);
  const otherChair = await makeChair(db, world, world.other, "他会主任委员");
  const citizen = await makeUser(db, "公众");
  await ensureCalendarForToday(db, world.publisherId);
  return { ...world, chair, otherChair, citizen: { id: citizen.id, api: await callerFor(db, citizen.id) } };
});

/** `agree` of `presentEligible` (one 弃权 unless all agree, the rest 不同意). */
function tally(agree: number, presentEligible = 9) {
  const abstain = agree < presentEligible ? 1 : 0;
  const threshold = Math.ceil((2 * presentEligible) / 3);
  return { agree, disagree: presentEligible - agree - abstain, abstain, presentEligible, threshold };
}

const application = (id: string) =>
  t.db.application.findUniqueOrThrow({ where: { id }, select: { status: true, stage: true } });
const events = (applicationId: string) =>
  t.db.flowEvent.findMany({ where: { applicationId }, orderBy: { sequence: "asc" } });
const messages = (recipientId: string, kind: string) =>
  t.db.notification.findMany({ where: { recipientId, kind: kind as never } });
const publicityOf = (applicationId: string) => t.db.publicity.findUniqueOrThrow({ where: { applicationId } });
const dayAfter = (date: Date) => new Date(date.getTime() + 86_400_000 + 3_600_000);

/** A closed meeting with one passed and one failed application, published by the chair. */
async function publishedMeeting(label: string) {
  const passed = await applicationAtCommittee(t.db, storage, t, `${label}通过人`);
  const failed = await applicationAtCommittee(t.db, storage, t, `${label}未通过人`);
  const meeting = await closedMeeting(t.db, t, {
    name: `${label}评审会`,
    noticeId: passed.notice.id,
    results: [
      { applicationId: passed.applicationId, passed: true, tally: tally(7) },
      { applicationId: failed.applicationId, passed: false, tally: tally(5) },
    ],
  });
  const outcome = await t.chair.api.publicity.publish({ meetingId: meeting.id });
  return { passed, failed, meeting, outcome };
}

describe("公布评审结果", () => {
  let world: Awaited<ReturnType<typeof publishedMeeting>>;
  beforeAll(async () => {
    world = await publishedMeeting("首次");
  });

  it("passed applications go to 公示 for five working days from today; failed ones end with the vote as reason", async () => {
    const { passed, failed, meeting, outcome } = world;
    const calendar = await loadWorkingCalendar(t.db);
    expect(outcome).toMatchObject({ passed: 1, failed: 1 });
    expect(outcome.endsOn).toBe(workingDaysAfter(calendar, outcome.startsOn, PUBLICITY_WORKING_DAYS));
    expect(outcome.endsOn > outcome.startsOn).toBe(true);

    expect(await application(passed.applicationId)).toEqual({ status: "SUBMITTED", stage: "PUBLICITY" });
    expect(await application(failed.applicationId)).toEqual({ status: "TERMINATED", stage: "COMMITTEE_REVIEW" });
    expect(await t.db.reviewMeeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
      status: "PUBLISHED",
    });
    const publicity = await publicityOf(passed.applicationId);
    expect(publicity).toMatchObject({ meetingId: meeting.id, applicantName: "首次通过人", appliedTitle: "高级工程师" });
    expect(calendarDateOf(publicity.startsOn)).toBe(outcome.startsOn);
    expect(calendarDateOf(publicity.endsOn)).toBe(outcome.endsOn);
    expect(await t.db.publicity.count({ where: { applicationId: failed.applicationId } })).toBe(0);
  });

  it("the 评委会评审 node's events carry the meeting, the result and the tally, by the chair — no votes", async () => {
    const { passed, failed } = world;
    const passEvent = (await events(passed.applicationId)).at(-1);
    expect(passEvent).toMatchObject({
      action: "PASS",
      stage: "COMMITTEE_REVIEW",
      actorRole: "COMMITTEE_CHAIR",
      actorId: t.chair.id,
      toStage: "PUBLICITY",
      opinion: "评审会议「首次评审会」：评委会评审通过（同意 7 / 出席有效 9，需 6；不同意 1，弃权 1）",
    });
    const terminateEvent = (await events(failed.applicationId)).at(-1);
    expect(terminateEvent).toMatchObject({
      action: "TERMINATE",
      stage: "COMMITTEE_REVIEW",
      toStatus: "TERMINATED",
      opinion: "评审会议「首次评审会」：评委会评审未通过（同意 5 / 出席有效 9，需 6；不同意 3，弃权 1）",
    });
  });

  it("the applicants are told: the period to the one in 公示, the reason to the one who failed; audited", async () => {
    const { passed, failed, outcome, meeting } = world;
    const started = await messages(passed.person.id, "PUBLICITY_STARTED");
    expect(started).toHaveLength(1);
    expect(started[0].body).toContain("公示期为");
    // The move into 公示 sends that one message, not also 「已通过评委会评审」.
    const passes = await messages(passed.person.id, "APPLICATION_PASSED");
    expect(passes.filter((m) => m.title.includes("评委会评审"))).toEqual([]);
    const ended = await messages(failed.person.id, "APPLICATION_TERMINATED");
    expect(ended.map((m) => m.body)).toEqual([expect.stringContaining("评委会评审未通过（同意 5 / 出席有效 9，需 6")]);
    // The chair published it: no 待审核 message for 公示 to themselves.
    expect(await messages(t.chair.id, "REVIEW_ARRIVED")).toHaveLength(0);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entityId: meeting.id, action: "meeting.publish" } });
    expect(audit).toMatchObject({ actorId: t.chair.id, detail: { passed: 1, failed: 1, endsOn: outcome.endsOn } });
  });

  it("a meeting is published once; one not closed cannot be published", async () => {
    expect(await refusal(t.chair.api.publicity.publish({ meetingId: world.meeting.id }))).toMatchObject({
      code: "CONFLICT",
      message: "该会议的评审结果已经公布",
    });
    const voting = await t.db.reviewMeeting.create({
      data: {
        committeeId: t.org.committee.id,
        noticeId: world.passed.notice.id,
        name: "投票中的会",
        date: new Date("2026-09-20T00:00:00Z"),
        place: "会议室",
        status: "VOTING",
        drawSeed: "5eed",
        createdById: t.chair.id,
      },
    });
    expect(await refusal(t.chair.api.publicity.publish({ meetingId: voting.id }))).toMatchObject({
      code: "CONFLICT",
      message: "投票结束后才能公布评审结果",
    });
  });

  it("the public page lists who is in 公示 without signing in, with no 身份证号 or mobile number", async () => {
    const anyone = await callerFor(t.db, null);
    const page = await anyone.publicity.list({ pageSize: 100 });
    const entry = page.items.find((i) => i.applicantName === "首次通过人");
    expect(entry).toMatchObject({
      unitName: t.org.unit.name,
      series: world.passed.notice.series,
      appliedTitle: "高级工程师",
      appliedLevel: "SUB_SENIOR",
      meetingName: "首次评审会",
      startsOn: world.outcome.startsOn,
      endsOn: world.outcome.endsOn,
    });
    expect(Object.keys(entry ?? {}).sort()).toEqual(
      [
        "id",
        "applicantName",
        "unitName",
        "series",
        "appliedTitle",
        "appliedLevel",
        "meetingName",
        "startsOn",
        "endsOn",
      ].sort(),
    );
    expect(page.items.some((i) => i.applicantName === "首次未通过人")).toBe(false);
    const person = await t.db.user.findUniqueOrThrow({ where: { id: world.passed.person.id } });
    const text = JSON.stringify(page);
    expect(text).not.toContain(person.idCardNumber ?? "none");
    expect(text).not.toContain(person.mobile ?? "none");
    expect(text).not.toContain(person.id);
    const first = await anyone.publicity.list({ page: 1, pageSize: 1 });
    expect(first).toMatchObject({ total: page.total, pageSize: 1 });
    expect(first.items).toHaveLength(1);
  });
});

describe("公示期 and the working-day calendar", () => {
  it("published on 2026-09-30 the period runs over 国庆 and the 调休 Saturday to 2026-10-13", async () => {
    const a = await applicationAtCommittee(t.db, storage, t, "国庆人");
    const meeting = await closedMeeting(t.db, t, {
      name: "国庆前评审会",
      noticeId: a.notice.id,
      results: [{ applicationId: a.applicationId, passed: true, tally: tally(9) }],
    });
    // The chair's desk offers the closed meeting for publication, with its counts.
    expect((await t.chair.api.publicity.desk()).meetings).toContainEqual({
      id: meeting.id,
      name: "国庆前评审会",
      date: "2026-09-20",
      passed: 1,
      failed: 0,
    });
    const chair = { id: t.chair.id, committeeIds: [t.org.committee.id] };
    // 10:00 Beijing time on 2026-09-30.
    const outcome = await publishMeetingResults(t.db, chair, meeting.id, new Date("2026-09-30T02:00:00Z"));
    expect(outcome).toMatchObject({ startsOn: "2026-09-30", endsOn: "2026-10-13" });
  });

  it("a period reaching into a year with no 节假日安排 refuses the whole publication, and nothing moves", async () => {
    const a = await applicationAtCommittee(t.db, storage, t, "跨年人");
    const b = await applicationAtCommittee(t.db, storage, t, "跨年未通过人");
    const meeting = await closedMeeting(t.db, t, {
      name: "年末评审会",
      noticeId: a.notice.id,
      results: [
        { applicationId: a.applicationId, passed: true, tally: tally(8) },
        { applicationId: b.applicationId, passed: false, tally: tally(2) },
      ],
    });
    const chair = { id: t.chair.id, committeeIds: [t.org.committee.id] };
    // A year after the tests' time whose arrangement was entered, and the next one, which was not.
    const year = 2090;
    await t.db.holidayYear.create({
      data: { year: year - 1, holidays: [dateValue(`${year - 1}-01-01`)], workdays: [], enteredById: t.publisherId },
    });
    await expect(
      publishMeetingResults(t.db, chair, meeting.id, new Date(`${year - 1}-12-28T02:00:00Z`)),
    ).rejects.toThrow(`${year}年的节假日安排尚未录入`);
    expect(await application(a.applicationId)).toEqual({ status: "SUBMITTED", stage: "COMMITTEE_REVIEW" });
    expect(await application(b.applicationId)).toEqual({ status: "SUBMITTED", stage: "COMMITTEE_REVIEW" });
    expect((await t.db.reviewMeeting.findUniqueOrThrow({ where: { id: meeting.id } })).status).toBe("CLOSED");
  });
});

describe("异议 and 终审通过", () => {
  it("an objection holds the result until the chair finds it unfounded; then the job approves once, however often it runs", async () => {
    const { passed } = await publishedMeeting("异议不成立");
    const signedOut = await callerFor(t.db, null);
    const publicity = await publicityOf(passed.applicationId);
    const input = { publicityId: publicity.id, text: "该同志的代表性论文并非本人独立完成，请核查。" };

    expect(await refusal(signedOut.publicity.fileObjection(input))).toMatchObject({ code: "UNAUTHORIZED" });
    expect(await refusal(passed.api.publicity.fileObjection(input))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(t.citizen.api.publicity.fileObjection({ ...input, text: "  " }))).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { text: ["请填写异议内容"] },
    });
    const { id: objectionId } = await t.citizen.api.publicity.fileObjection(input);
    expect(await messages(t.chair.id, "OBJECTION_FILED")).toHaveLength(1);
    expect(await messages(t.otherChair.id, "OBJECTION_FILED")).toHaveLength(0);
    const desk = await t.chair.api.publicity.desk();
    expect(desk.entries.find((d) => d.id === publicity.id)?.objections).toEqual([
      expect.objectContaining({ id: objectionId, status: "PENDING", filedByName: "公众", text: input.text }),
    ]);

    const afterPeriod = dayAfter(publicity.endsOn);
    const system = { id: null, role: "SYSTEM" } as const;
    await approveEndedPublicities(t.db, { approver: system, now: afterPeriod });
    expect(await application(passed.applicationId)).toEqual({ status: "SUBMITTED", stage: "PUBLICITY" });

    await t.chair.api.publicity.decideObjection({
      objectionId,
      upheld: false,
      finding: "经核查，论文为本人独立完成。",
    });
    expect(await application(passed.applicationId)).toEqual({ status: "SUBMITTED", stage: "PUBLICITY" });
    expect((await messages(t.citizen.id, "OBJECTION_DECIDED")).map((m) => m.title)).toEqual(["您提出的公示异议不成立"]);
    expect(
      await refusal(t.chair.api.publicity.decideObjection({ objectionId, upheld: true, finding: "再次" })),
    ).toMatchObject({ code: "CONFLICT", message: "该异议已经处理过了" });
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { entityId: objectionId, action: "objection.decide" },
    });
    expect(audit).toMatchObject({ actorId: t.chair.id, fromStatus: "PENDING", toStatus: "REJECTED" });

    // Not before the period has ended.
    await approveEndedPublicities(t.db, { approver: system, now: publicity.endsOn });
    expect(await application(passed.applicationId)).toEqual({ status: "SUBMITTED", stage: "PUBLICITY" });

    await Promise.all([
      approveEndedPublicities(t.db, { approver: system, now: afterPeriod }),
      approveEndedPublicities(t.db, { approver: system, now: afterPeriod }),
    ]);
    expect(await approveEndedPublicities(t.db, { approver: system, now: afterPeriod })).toEqual({ approved: 0 });
    expect(await application(passed.applicationId)).toEqual({ status: "APPROVED", stage: "PUBLICITY" });
    const approvals = (await events(passed.applicationId)).filter((e) => e.action === "APPROVE");
    expect(approvals).toEqual([
      expect.objectContaining({ actorRole: "SYSTEM", actorId: null, stage: "PUBLICITY", toStatus: "APPROVED" }),
    ]);
    expect(await messages(passed.person.id, "APPLICATION_APPROVED")).toHaveLength(1);

    const progress = await passed.api.progress.mine({ applicationId: passed.applicationId });
    expect(progress.nodes.map((n) => [n.label, n.state])).toEqual([
      ["个人申报", "done"],
      ["推荐单位审核", "done"],
      ["主管部门审核", "done"],
      ["评委会评审", "done"],
      ["公示", "done"],
      ["终审通过", "done"],
    ]);
    expect(progress.publicity).toEqual({
      meetingName: "异议不成立评审会",
      startsOn: calendarDateOf(publicity.startsOn),
      endsOn: calendarDateOf(publicity.endsOn),
    });
    const anyone = await callerFor(t.db, null);
    expect((await anyone.publicity.list({ pageSize: 100 })).items.some((i) => i.id === publicity.id)).toBe(false);
  });

  it("an upheld objection withdraws the result: 终止审核 at 公示 with the finding as reason", async () => {
    const { passed } = await publishedMeeting("异议成立");
    const publicity = await publicityOf(passed.applicationId);
    const { id: objectionId } = await t.citizen.api.publicity.fileObjection({
      publicityId: publicity.id,
      text: "任现职年限不足。",
    });
    await t.chair.api.publicity.decideObjection({ objectionId, upheld: true, finding: "任现职年限不满五年。" });
    expect(await application(passed.applicationId)).toEqual({ status: "TERMINATED", stage: "PUBLICITY" });
    expect((await events(passed.applicationId)).at(-1)).toMatchObject({
      action: "TERMINATE",
      stage: "PUBLICITY",
      actorRole: "COMMITTEE_CHAIR",
      opinion: "公示期间异议经核查成立：任现职年限不满五年。",
    });
    expect((await messages(passed.person.id, "APPLICATION_TERMINATED")).map((m) => m.body)).toEqual([
      expect.stringContaining("公示期间异议经核查成立：任现职年限不满五年。"),
    ]);
    expect((await messages(t.citizen.id, "OBJECTION_DECIDED")).some((m) => m.title === "您提出的公示异议成立")).toBe(
      true,
    );
    await approveEndedPublicities(t.db, { approver: { id: null, role: "SYSTEM" }, now: dayAfter(publicity.endsOn) });
    expect(await application(passed.applicationId)).toEqual({ status: "TERMINATED", stage: "PUBLICITY" });
    expect(
      await refusal(t.citizen.api.publicity.fileObjection({ publicityId: publicity.id, text: "再提一次" })),
    ).toMatchObject({ code: "CONFLICT" });
  });

  it("objections are taken until the last day of the period, not after", async () => {
    const { passed } = await publishedMeeting("期满");
    const publicity = await publicityOf(passed.applicationId);
    const lastEvening = new Date(publicity.endsOn.getTime() + 15 * 3_600_000); // 23:00 Beijing time
    await fileObjection(t.db, t.citizen, { publicityId: publicity.id, text: "最后一天的异议" }, lastEvening);
    await expect(
      fileObjection(t.db, t.citizen, { publicityId: publicity.id, text: "晚了一天" }, dayAfter(publicity.endsOn)),
    ).rejects.toThrow("公示期已结束，不能再提出异议");
  });
});

describe("who may do what", () => {
  it("the chair's procedures refuse the signed-out, applicants, members, admins; another committee's chair sees nothing", async () => {
    const { passed, meeting } = await publishedMeeting("权限");
    const publicity = await publicityOf(passed.applicationId);
    const { id: objectionId } = await t.citizen.api.publicity.fileObjection({
      publicityId: publicity.id,
      text: "权限测试异议",
    });
    const calls = (api: Caller) => ({
      publish: api.publicity.publish({ meetingId: meeting.id }),
      desk: api.publicity.desk(),
      decideObjection: api.publicity.decideObjection({ objectionId, upheld: true, finding: "越权" }),
      approveNow: api.publicity.approveNow(),
    });
    const signedOut = await callerFor(t.db, null);
    for (const call of Object.values(calls(signedOut)))
      expect(await refusal(call)).toMatchObject({ code: "UNAUTHORIZED" });
    for (const api of [passed.api, t.committee.api, t.admin, t.unit.api, t.dept.api, t.citizen.api])
      for (const call of Object.values(calls(api))) expect(await refusal(call)).toMatchObject({ code: "FORBIDDEN" });

    const other = t.otherChair.api;
    expect(await refusal(other.publicity.publish({ meetingId: meeting.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect(
      await refusal(other.publicity.decideObjection({ objectionId, upheld: true, finding: "越权" })),
    ).toMatchObject({ code: "NOT_FOUND" });
    const otherDesk = await other.publicity.desk();
    expect(otherDesk.entries.some((d) => d.id === publicity.id)).toBe(false);
    expect(otherDesk.meetings).toEqual([]);
    expect(await other.publicity.approveNow()).toEqual({ approved: 0 });
    expect(await application(passed.applicationId)).toEqual({ status: "SUBMITTED", stage: "PUBLICITY" });
    expect((await t.db.publicityObjection.findUniqueOrThrow({ where: { id: objectionId } })).status).toBe("PENDING");
  });

  it("the review page's decisions do not reach 评委会评审 or 公示: the chair cannot end a result around its objections", async () => {
    const { passed } = await publishedMeeting("绕过异议");
    const { version } = await t.db.application.findUniqueOrThrow({ where: { id: passed.applicationId } });
    for (const call of [
      () => t.chair.api.review.terminate({ applicationId: passed.applicationId, version, reason: "直接终止" }),
      () => t.chair.api.review.pass({ applicationId: passed.applicationId, version }),
    ]) {
      expect(await refusal(call())).toMatchObject({ code: "CONFLICT", message: "该申报已被其他人处理，请刷新" });
    }
    expect(await application(passed.applicationId)).toEqual({ status: "SUBMITTED", stage: "PUBLICITY" });
  });

  it("the chair's 立即执行 approves only what has ended, as the chair", async () => {
    const { passed } = await publishedMeeting("主任执行");
    // The period has not ended today: nothing to approve yet.
    await t.chair.api.publicity.approveNow();
    expect(await application(passed.applicationId)).toEqual({ status: "SUBMITTED", stage: "PUBLICITY" });
    // Its period is moved into the past, as if the days had gone by.
    await t.db.publicity.update({
      where: { applicationId: passed.applicationId },
      data: { startsOn: dateValue("2026-09-01"), endsOn: dateValue("2026-09-08") },
    });
    const after = await t.chair.api.publicity.approveNow();
    expect(after.approved).toBeGreaterThanOrEqual(1);
    expect(await application(passed.applicationId)).toEqual({ status: "APPROVED", stage: "PUBLICITY" });
    expect((await events(passed.applicationId)).at(-1)).toMatchObject({
      action: "APPROVE",
      actorRole: "COMMITTEE_CHAIR",
      actorId: t.chair.id,
    });
  });
});
