import { describe, expect, it } from "vitest";
import { loadSessionUser } from "@/server/auth/session-user";
import { openAttachment } from "@/server/domain/attachment/open-attachment";
import { drawOrder } from "@/server/domain/committee/draw-order";
import { eligibleExperts } from "@/server/domain/committee/eligible-experts";
import {
  addExpert,
  type CommitteeWorld,
  committeeApplication,
  createMeeting,
  makeCommitteeWorld,
} from "../helpers/committee";
import { pass, submittedApplication } from "../helpers/review";
import { testStorage } from "../helpers/storage";
import { refusal } from "../helpers/trpc-errors";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb(makeCommitteeWorld);
const storage = testStorage();

let specialtyCount = 0;
/** A 专业 of its own per test: the pool is shared by the file's tests, the filter keeps each draw to its own experts. */
const freshSpecialty = () => {
  specialtyCount += 1;
  return `测试专业${specialtyCount}`;
};

/** `n` drawable experts of one fresh 专业, with its name. */
async function pool(n: number, extra: Parameters<typeof addExpert>[2] = {}) {
  const specialty = freshSpecialty();
  const experts = [];
  for (let i = 0; i < n; i += 1) experts.push(await addExpert(t.db, t.org, { specialty, ...extra }));
  return { specialty, experts };
}

const chairApi = () => t.chair.api.committee.meetings;

async function drawn(meetingId: string) {
  return t.db.meetingExpert.findMany({
    where: { meetingId },
    orderBy: { drawOrder: "asc" },
    select: { id: true, expertId: true, status: true, drawOrder: true },
  });
}

/** A meeting with `size` experts drawn from a fresh pool of `poolSize`, and `applications` assigned. */
async function meetingWithPanel(size: number, poolSize = size, applications = 1) {
  const { specialty, experts } = await pool(poolSize);
  const meeting = await createMeeting(t as unknown as CommitteeWorld);
  const ids = [];
  for (let i = 0; i < applications; i += 1) ids.push(await committeeApplication(t.db, t as unknown as CommitteeWorld));
  if (ids.length > 0) await chairApi().assign({ meetingId: meeting.id, applicationIds: ids });
  await chairApi().draw({
    meetingId: meeting.id,
    panelSize: size,
    specialtySeries: "ENGINEERING",
    specialties: [specialty],
  });
  const seats = await drawn(meeting.id);
  const byExpert = new Map(experts.map((e) => [e.id, e]));
  return {
    meeting,
    specialty,
    experts,
    applicationIds: ids,
    seats,
    panel: seats.map((s) => byExpert.get(s.expertId)!),
  };
}

const world = () => t as unknown as CommitteeWorld;

describe("抽取评审专家", () => {
  it("draws only active experts in term on the meeting's date, of the chosen 职称系列 and 专业, who still hold 评委会成员", async () => {
    const specialty = freshSpecialty();
    const good = [];
    for (let i = 0; i < 4; i += 1) good.push(await addExpert(t.db, t.org, { specialty }));
    const excluded = [
      await addExpert(t.db, t.org, { specialty, active: false }),
      await addExpert(t.db, t.org, { specialty, termEnd: "2026-12-14" }),
      await addExpert(t.db, t.org, { specialty, termStart: "2026-12-16" }),
      await addExpert(t.db, t.org, { specialty, specialtySeries: "HEALTH" }),
      await addExpert(t.db, t.org, { specialty, member: false }),
      await addExpert(t.db, t.org, { specialty: `${specialty}甲` }),
    ];
    const meeting = await createMeeting(world(), "2026-12-15");
    const draw = { meetingId: meeting.id, specialtySeries: "ENGINEERING" as const, specialties: [specialty] };
    expect(await refusal(chairApi().draw({ ...draw, panelSize: 5 }))).toMatchObject({
      code: "BAD_REQUEST",
      message: "符合条件的评审专家只有4人，不足抽取人数5人",
    });
    // The refused draw changed nothing: the meeting is still to be drawn.
    expect((await chairApi().get({ meetingId: meeting.id })).status).toBe("DRAFT");
    const result = await chairApi().draw({ ...draw, panelSize: 4 });
    expect(result.drawn).toHaveLength(4);
    const ids = (await drawn(meeting.id)).map((s) => s.expertId);
    expect(ids.sort()).toEqual(good.map((e) => e.id).sort());
    for (const e of excluded) expect(ids).not.toContain(e.id);
    expect((await chairApi().get({ meetingId: meeting.id })).status).toBe("PANEL_DRAWN");
    expect(await refusal(chairApi().draw({ ...draw, panelSize: 1 }))).toMatchObject({
      code: "CONFLICT",
      message: "本次会议已抽取评审专家",
    });
  });

  it("is reproducible: the stored seed and the recorded pool give the same panel, in the same order", async () => {
    const { meeting, seats, experts } = await meetingWithPanel(5, 12, 0);
    const stored = await t.db.reviewMeeting.findUniqueOrThrow({ where: { id: meeting.id } });
    expect(stored.drawSeed).toMatch(/^[0-9a-f]{32}$/);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entityId: meeting.id, action: "meeting.draw" } });
    const detail = audit.detail as { seed: string; pool: string[]; drawn: string[] };
    expect(detail.seed).toBe(stored.drawSeed);
    expect(detail.pool.sort()).toEqual(experts.map((e) => e.id).sort());
    expect(detail.drawn).toEqual(seats.map((s) => s.expertId));
    // Replayed from the pool as the database returns it now, and in reverse: the same panel.
    const now = await eligibleExperts(t.db, t.org.committee.id, stored.date, stored);
    expect(
      drawOrder(now, stored.drawSeed!)
        .slice(0, 5)
        .map((e) => e.id),
    ).toEqual(detail.drawn);
    expect(
      drawOrder([...now].reverse(), stored.drawSeed!)
        .slice(0, 5)
        .map((e) => e.id),
    ).toEqual(detail.drawn);
    // Another seed orders the same pool differently.
    expect(drawOrder(now, "another seed").map((e) => e.id)).not.toEqual(
      drawOrder(now, stored.drawSeed!).map((e) => e.id),
    );
  });

  it("a declined expert is replaced by the next of the seeded order; when the pool is used up, no one", async () => {
    const { meeting, seats } = await meetingWithPanel(3, 5, 0);
    const stored = await t.db.reviewMeeting.findUniqueOrThrow({ where: { id: meeting.id } });
    const order = drawOrder(await eligibleExperts(t.db, t.org.committee.id, stored.date, stored), stored.drawSeed!);
    const first = await chairApi().decline({ meetingId: meeting.id, meetingExpertId: seats[0].id, reason: "出差" });
    expect(first.drawn).toMatchObject([{ drawOrder: 4 }]);
    const second = await chairApi().decline({ meetingId: meeting.id, meetingExpertId: seats[1].id, reason: "生病" });
    expect(second.drawn).toMatchObject([{ drawOrder: 5 }]);
    const after = await drawn(meeting.id);
    expect(after.map((s) => s.expertId)).toEqual(order.map((e) => e.id));
    expect(after.map((s) => s.status)).toEqual(["DECLINED", "DECLINED", "DRAWN", "DRAWN", "DRAWN"]);
    const last = await chairApi().decline({ meetingId: meeting.id, meetingExpertId: seats[2].id, reason: "回避" });
    expect(last.drawn).toEqual([]);
    expect(
      await refusal(chairApi().decline({ meetingId: meeting.id, meetingExpertId: seats[0].id, reason: "再次" })),
    ).toMatchObject({ code: "CONFLICT", message: "该专家已谢绝" });
    expect(
      await refusal(chairApi().markAttendance({ meetingId: meeting.id, meetingExpertId: seats[0].id, present: true })),
    ).toMatchObject({ code: "CONFLICT", message: "已谢绝的专家不能登记出席" });
    const detail = await chairApi().get({ meetingId: meeting.id });
    expect(detail.attendance).toEqual({ seated: 2, present: 0, quorum: 2 });
  });
});

describe("分配申报", () => {
  it("takes applications at 评委会评审 of the meeting's notice that are in no other meeting", async () => {
    const meeting = await createMeeting(world());
    const other = await createMeeting(world());
    const ready = await committeeApplication(t.db, world());
    const earlier = await committeeApplication(t.db, world());
    await t.db.application.update({ where: { id: earlier }, data: { stage: "DEPT_REVIEW" } });
    const assignable = (await chairApi().assignable({ meetingId: meeting.id })).map((a) => a.applicationId);
    expect(assignable).toContain(ready);
    expect(assignable).not.toContain(earlier);
    expect(await refusal(chairApi().assign({ meetingId: meeting.id, applicationIds: [earlier] }))).toMatchObject({
      code: "CONFLICT",
      message: "该申报不在本通知的评委会评审阶段，或已分配到其他评审会议",
    });
    await chairApi().assign({ meetingId: meeting.id, applicationIds: [ready] });
    expect(await refusal(chairApi().assign({ meetingId: other.id, applicationIds: [ready] }))).toMatchObject({
      code: "CONFLICT",
    });
    expect((await chairApi().assignable({ meetingId: other.id })).map((a) => a.applicationId)).not.toContain(ready);
    // Taken out again, it can go to the other meeting.
    await chairApi().unassign({ meetingId: meeting.id, applicationId: ready });
    await chairApi().assign({ meetingId: other.id, applicationIds: [ready] });
    expect((await chairApi().get({ meetingId: other.id })).applications.map((a) => a.applicationId)).toEqual([ready]);
  });

  it("two meetings taking the same application at once: it ends up in exactly one", async () => {
    const [a, b] = [await createMeeting(world()), await createMeeting(world())];
    const application = await committeeApplication(t.db, world());
    const results = await Promise.allSettled([
      chairApi().assign({ meetingId: a.id, applicationIds: [application] }),
      chairApi().assign({ meetingId: b.id, applicationIds: [application] }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await t.db.meetingApplication.count({ where: { applicationId: application } })).toBe(1);
  });
});

describe("回避", () => {
  it("an expert of the applicant's unit is recused automatically, whether the application or the expert came first", async () => {
    const specialty = freshSpecialty();
    const insider = await addExpert(t.db, t.org, { specialty, workUnitId: t.org.unit.id });
    const outsider = await addExpert(t.db, t.org, { specialty, workUnitId: t.other.unit.id });
    const meeting = await createMeeting(world());
    const ownUnit = await committeeApplication(t.db, world(), t.org.unit.id);
    await chairApi().assign({ meetingId: meeting.id, applicationIds: [ownUnit] });
    await chairApi().draw({ meetingId: meeting.id, panelSize: 2, specialtySeries: "", specialties: [specialty] });
    const otherUnit = await committeeApplication(t.db, world(), t.other.unit.id);
    await chairApi().assign({ meetingId: meeting.id, applicationIds: [otherUnit] });
    const detail = await chairApi().get({ meetingId: meeting.id });
    const recusalsOf = (id: string) => detail.applications.find((a) => a.applicationId === id)!.recusals;
    expect(recusalsOf(ownUnit)).toEqual([
      expect.objectContaining({
        expertName: insider.name,
        automatic: true,
        reason: "专家工作单位与申报人推荐单位相同",
      }),
    ]);
    expect(recusalsOf(otherUnit)).toEqual([expect.objectContaining({ expertName: outsider.name, automatic: true })]);
  });

  it("a panel expert declares 回避 with a reason before voting; once voting is open, no more", async () => {
    const { meeting, panel, seats, applicationIds } = await meetingWithPanel(3, 3, 2);
    const [expert] = panel;
    await expert.api.committee.meetings.declareRecusal({
      meetingId: meeting.id,
      applicationId: applicationIds[0],
      reason: "曾与申报人合作发表论文",
    });
    expect(
      await refusal(
        expert.api.committee.meetings.declareRecusal({
          meetingId: meeting.id,
          applicationId: applicationIds[0],
          reason: "再次",
        }),
      ),
    ).toMatchObject({ code: "CONFLICT", message: "您已回避该申报" });
    const own = await expert.api.committee.meetings.get({ meetingId: meeting.id });
    expect(own.applications[0].recusals).toEqual([
      expect.objectContaining({ automatic: false, reason: "曾与申报人合作发表论文" }),
    ]);
    // Another expert of the panel does not see who stepped aside.
    const peer = await panel[1].api.committee.meetings.get({ meetingId: meeting.id });
    expect(peer.applications[0].recusals).toEqual([]);
    expect(peer.drawSeed).toBeNull();

    for (const seat of seats)
      await chairApi().markAttendance({ meetingId: meeting.id, meetingExpertId: seat.id, present: true });
    await chairApi().openVoting({ meetingId: meeting.id });
    expect(
      await refusal(
        panel[1].api.committee.meetings.declareRecusal({
          meetingId: meeting.id,
          applicationId: applicationIds[1],
          reason: "迟到的回避",
        }),
      ),
    ).toMatchObject({ code: "CONFLICT", message: "投票已开始，不能再申请回避" });
    expect(await t.db.recusal.count({ where: { meetingExpert: { meetingId: meeting.id } } })).toBe(1);
  });
});

describe("出席与法定人数", () => {
  it("voting cannot open below two thirds of the panel present, and opens exactly at it", async () => {
    const { meeting, seats } = await meetingWithPanel(6, 6, 1);
    const mark = (i: number, present: boolean) =>
      chairApi().markAttendance({ meetingId: meeting.id, meetingExpertId: seats[i].id, present });
    for (const i of [0, 1, 2, 3]) await mark(i, true);
    await mark(3, false);
    await mark(4, false);
    expect(await refusal(chairApi().openVoting({ meetingId: meeting.id }))).toMatchObject({
      code: "CONFLICT",
      message: "出席专家3人，未达到法定人数4人（评审专家的三分之二），不能开始投票",
    });
    await mark(3, true);
    const opened = await chairApi().openVoting({ meetingId: meeting.id });
    expect(opened).toEqual({ status: "VOTING", seated: 6, present: 4, quorum: 4 });
    const detail = await chairApi().get({ meetingId: meeting.id });
    expect(detail.status).toBe("VOTING");
    expect(detail.votingOpenedAt).not.toBeNull();
    // Attendance, the panel and the applications are settled once voting is open.
    expect(await refusal(mark(5, true))).toMatchObject({ code: "CONFLICT" });
    expect(
      await refusal(chairApi().decline({ meetingId: meeting.id, meetingExpertId: seats[5].id, reason: "出差" })),
    ).toMatchObject({ code: "CONFLICT" });
    expect(await refusal(chairApi().openVoting({ meetingId: meeting.id }))).toMatchObject({ code: "CONFLICT" });
  });

  it("a declined expert does not count in the panel whose two thirds must be present", async () => {
    const { meeting, seats } = await meetingWithPanel(4, 4, 1);
    await chairApi().decline({ meetingId: meeting.id, meetingExpertId: seats[3].id, reason: "出差" });
    for (const i of [0, 1])
      await chairApi().markAttendance({ meetingId: meeting.id, meetingExpertId: seats[i].id, present: true });
    // 3 seated: quorum 2.
    expect(await chairApi().openVoting({ meetingId: meeting.id })).toMatchObject({ seated: 3, present: 2, quorum: 2 });
  });

  it("a meeting without applications does not open", async () => {
    const { meeting, seats } = await meetingWithPanel(1, 1, 0);
    await chairApi().markAttendance({ meetingId: meeting.id, meetingExpertId: seats[0].id, present: true });
    expect(await refusal(chairApi().openVoting({ meetingId: meeting.id }))).toMatchObject({
      code: "CONFLICT",
      message: "本次会议还没有分配申报",
    });
  });
});

describe("专家查阅申报材料", () => {
  it("a present panel expert reads the submitted snapshot and its files read-only; an absent, recused or off-panel one does not", async () => {
    const submitted = await submittedApplication(t.db, storage, { org: t.org, publisherId: t.publisherId }, "王工");
    await pass(t.db, t.unitReviewer.api, submitted.applicationId);
    await pass(t.db, t.deptReviewer.api, submitted.applicationId);
    const { specialty, experts } = await pool(3);
    const offPanel = await addExpert(t.db, t.org, { specialty: freshSpecialty() });
    const meeting = await chairApi().create({
      committeeId: t.org.committee.id,
      noticeId: submitted.notice.id,
      name: "专家查阅测试会",
      date: "2026-12-15",
      place: "第一会议室",
    });
    await chairApi().assign({ meetingId: meeting.id, applicationIds: [submitted.applicationId] });
    await chairApi().draw({ meetingId: meeting.id, panelSize: 3, specialtySeries: "", specialties: [specialty] });
    const seats = await drawn(meeting.id);
    const seatOf = (expert: (typeof experts)[number]) => seats.find((s) => s.expertId === expert.id)!.id;
    const [reader, absent, recused] = experts;
    const input = { meetingId: meeting.id, applicationId: submitted.applicationId };
    const attachmentId = (await chairApi().application(input)).snapshot.attachments[0].id;
    const opensFile = async (userId: string) => {
      const user = await loadSessionUser(t.db, userId);
      return openAttachment(t.db, storage, user!, attachmentId).then(
        (file) => {
          file.stream.destroy();
          return true;
        },
        (error: unknown) => (error as { code?: string }).code,
      );
    };

    // Drawn but not yet recorded present: the meeting is theirs to see, the material not yet.
    expect(await refusal(reader.api.committee.meetings.application(input))).toMatchObject({
      code: "FORBIDDEN",
      message: "主任委员登记您出席后，才能查阅本次会议的申报材料",
    });
    expect(await opensFile(reader.userId)).toBe("NOT_FOUND");

    for (const expert of [reader, recused]) {
      await chairApi().markAttendance({ meetingId: meeting.id, meetingExpertId: seatOf(expert), present: true });
    }
    await recused.api.committee.meetings.declareRecusal({ ...input, reason: "曾指导申报人的论文" });

    const read = await reader.api.committee.meetings.application(input);
    expect(read.application).toMatchObject({ id: submitted.applicationId, stage: "COMMITTEE_REVIEW" });
    expect(read.snapshot.attachments.length).toBeGreaterThan(0);
    expect(read.flow.map((e) => e.action)).toEqual(["SUBMIT", "PASS", "PASS"]);
    expect(read.can).toEqual({ pass: false, return: false, terminate: false });
    expect(await opensFile(reader.userId)).toBe(true);
    expect((await chairApi().application(input)).application.id).toBe(submitted.applicationId);
    expect(await opensFile(t.chair.id)).toBe(true);

    // Not present, stepped aside, not on the panel: nothing of it, the files included.
    expect(await refusal(absent.api.committee.meetings.application(input))).toMatchObject({ code: "FORBIDDEN" });
    expect(await opensFile(absent.userId)).toBe("NOT_FOUND");
    expect(await refusal(recused.api.committee.meetings.application(input))).toMatchObject({
      code: "FORBIDDEN",
      message: "您已回避该申报，不能查阅其申报材料",
    });
    expect(await opensFile(recused.userId)).toBe("NOT_FOUND");
    expect(await refusal(offPanel.api.committee.meetings.application(input))).toMatchObject({ code: "NOT_FOUND" });
    expect(await opensFile(offPanel.userId)).toBe("NOT_FOUND");
    expect(await refusal(offPanel.api.committee.meetings.get({ meetingId: meeting.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await offPanel.api.committee.meetings.list()).map((m) => m.id)).not.toContain(meeting.id);
    expect((await reader.api.committee.meetings.list()).map((m) => m.id)).toContain(meeting.id);
  });
});

describe("authorization of every meeting procedure", () => {
  it("only the chair of the meeting's committee runs it; others are refused or find nothing", async () => {
    const { meeting, seats, panel, applicationIds } = await meetingWithPanel(2, 3, 1);
    const offPanel = await addExpert(t.db, t.org, { specialty: freshSpecialty() });
    const applicationId = applicationIds[0];
    const spare = await committeeApplication(t.db, world());
    const meetingId = meeting.id;
    type Api = typeof t.chair.api;
    // Each call is made when its check runs (a thunk), so every refusal is awaited as it happens.
    const chairCalls = (api: Api) => [
      () =>
        api.committee.meetings.create({
          committeeId: t.org.committee.id,
          noticeId: t.notice.id,
          name: "越权会议",
          date: "2026-12-15",
          place: "某地",
        }),
      () => api.committee.meetings.assignable({ meetingId }),
      () => api.committee.meetings.assign({ meetingId, applicationIds: [spare] }),
      () => api.committee.meetings.unassign({ meetingId, applicationId }),
      () => api.committee.meetings.draw({ meetingId, panelSize: 1, specialtySeries: "", specialties: [] }),
      () => api.committee.meetings.decline({ meetingId, meetingExpertId: seats[0].id, reason: "越权" }),
      () => api.committee.meetings.markAttendance({ meetingId, meetingExpertId: seats[0].id, present: true }),
      () => api.committee.meetings.openVoting({ meetingId }),
    ];
    const readCalls = (api: Api) => [
      () => api.committee.meetings.get({ meetingId }),
      () => api.committee.meetings.application({ meetingId, applicationId }),
    ];
    const recuse = (api: Api) => () =>
      api.committee.meetings.declareRecusal({ meetingId, applicationId, reason: "越权回避" });
    const codeOf = async (call: () => Promise<unknown>) => (await refusal(call())).code;

    // No committee role at all: refused before anything is looked up.
    for (const api of [t.applicant.api, t.unitReviewer.api, t.deptReviewer.api, t.admin.admin]) {
      const calls = [
        ...chairCalls(api),
        ...readCalls(api),
        recuse(api),
        () => api.committee.meetings.list(),
        () => api.committee.meetings.notices(),
      ];
      for (const call of calls) expect(await codeOf(call)).toBe("FORBIDDEN");
    }
    // Experts (on the panel or not) are not chairs.
    for (const api of [panel[0].api, offPanel.api])
      for (const call of [...chairCalls(api), () => api.committee.meetings.notices()])
        expect(await codeOf(call)).toBe("FORBIDDEN");
    // An expert off the panel finds neither the meeting nor its applications.
    for (const call of [...readCalls(offPanel.api), recuse(offPanel.api)]) expect(await codeOf(call)).toBe("NOT_FOUND");
    // The chair of another committee finds nothing of this one, and holds no meeting for its notice.
    const other = t.otherChair.api;
    for (const call of [...chairCalls(other), ...readCalls(other)]) expect(await codeOf(call)).toBe("NOT_FOUND");
    expect((await other.committee.meetings.list()).map((m) => m.id)).not.toContain(meetingId);
    expect((await other.committee.meetings.notices()).map((n) => n.id)).not.toContain(t.notice.id);
    // A chair without the member role does not declare 回避: that is for the panel's experts.
    expect(await codeOf(recuse(t.chair.api))).toBe("FORBIDDEN");
    // Nothing changed.
    expect((await chairApi().get({ meetingId })).status).toBe("PANEL_DRAWN");
    expect(await t.db.meetingExpert.count({ where: { meetingId, status: "DECLINED" } })).toBe(0);
    expect(await t.db.meetingApplication.count({ where: { meetingId } })).toBe(1);
  });
});
