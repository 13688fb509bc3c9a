import { randomInt } from "node:crypto";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { loadSessionUser } from "../../src/server/auth/session-user";
import { countAndClose } from "../../src/server/domain/ballot/close-vote";
import { eraseOpenVoteRemains } from "../../src/server/domain/ballot/erase-open-vote-remains";
import { openBenchDb } from "./bench-db";
import { percentile } from "./measure";

/**
 * `npm run bench` (part): closing a review meeting's secret ballot with 200 applications × 25
 * present experts — 5 000 open votes counted into anonymous ballots, participation and tallies,
 * the open votes deleted — in one transaction, goal ≤ 1 s on PostgreSQL
 * (`BENCH_DATABASE_URL=postgresql://…`; in-memory PGlite otherwise). Several meetings vote at
 * once, so each close works beside other meetings' open votes; after each, the rewrite of the
 * open-vote table (VACUUM FULL) is timed on its own. Exits non-zero if a close miscounts, or on
 * PostgreSQL misses the goal (the embedded PGlite, one connection in the app's own process, is
 * reported only).
 */
const APPLICATIONS = 200;
const EXPERTS = 25;
const MEETINGS = 5;
const GOAL_MS = 1000;

async function seed(db: PrismaClient) {
  const department = await db.department.create({ data: { name: "压测主管部门" } });
  const committee = await db.reviewCommittee.create({
    data: { name: "压测评委会", series: "ENGINEERING", departmentId: department.id },
  });
  const unit = await db.unit.create({
    data: { name: "压测单位", creditCode: "91220101MA00000017", departmentId: department.id },
  });
  const chair = await db.user.create({ data: { name: "主任委员" } });
  await db.roleAssignment.create({
    data: { userId: chair.id, role: "COMMITTEE_CHAIR", committeeId: committee.id, scopeKey: committee.id },
  });
  const notice = await db.notice.create({
    data: {
      title: "压测申报通知",
      body: "申报注意事项",
      series: "ENGINEERING",
      levels: ["SUB_SENIOR"],
      departmentId: department.id,
      committeeId: committee.id,
      startsAt: new Date(Date.now() - 86400_000),
      endsAt: new Date(Date.now() + 30 * 86400_000),
      status: "PUBLISHED",
      createdById: chair.id,
    },
  });
  const experts = await db.user.createManyAndReturn({
    data: Array.from({ length: EXPERTS }, (_, i) => ({ name: `专家${i + 1}` })),
  });
  const profiles = await db.expertProfile.createManyAndReturn({
    data: experts.map((e) => ({
      userId: e.id,
      committeeId: committee.id,
      specialtySeries: "ENGINEERING",
      specialty: "电气工程",
      currentTitle: "正高级工程师",
      workUnitName: "吉林大学",
      termStart: new Date("2025-01-01T00:00:00Z"),
      termEnd: new Date("2028-12-31T00:00:00Z"),
    })),
  });
  const meetings: { id: string; votes: number }[] = [];
  for (let m = 0; m < MEETINGS; m++) {
    const meeting = await db.reviewMeeting.create({
      data: {
        committeeId: committee.id,
        noticeId: notice.id,
        name: `压测评审会${m + 1}`,
        date: new Date("2026-12-10T00:00:00Z"),
        place: "会议室",
        status: "VOTING",
        panelSize: EXPERTS,
        drawSeed: "5eed0000000000000000000000000001",
        drawnAt: new Date(),
        votingOpenedAt: new Date(),
        createdById: chair.id,
      },
    });
    const seats = await db.meetingExpert.createManyAndReturn({
      data: profiles.map((p, i) => ({ meetingId: meeting.id, expertId: p.id, drawOrder: i + 1, present: true })),
    });
    const applicants = await db.user.createManyAndReturn({
      data: Array.from({ length: APPLICATIONS }, (_, i) => ({ name: `申报人${m}-${i}` })),
    });
    const applications = await db.application.createManyAndReturn({
      data: applicants.map((a) => ({
        applicantId: a.id,
        noticeId: notice.id,
        unitId: unit.id,
        unitSnapshot: { name: unit.name },
        status: "SUBMITTED" as const,
        stage: "COMMITTEE_REVIEW" as const,
        submittedAt: new Date(),
      })),
    });
    const items = await db.meetingApplication.createManyAndReturn({
      data: applications.map((a) => ({ meetingId: meeting.id, applicationId: a.id })),
    });
    const choices = ["AGREE", "DISAGREE", "ABSTAIN"] as const;
    const votes = items.flatMap((item) =>
      seats.map((seat) => ({
        meetingApplicationId: item.id,
        meetingExpertId: seat.id,
        // Mostly 同意, so both results occur.
        choice: choices[randomInt(10) < 7 ? 0 : randomInt(1, 3)],
      })),
    );
    await db.openVote.createMany({ data: votes });
    meetings.push({ id: meeting.id, votes: votes.length });
  }
  return { chairId: chair.id, meetings };
}

const bench = await openBenchDb();
try {
  const { db } = bench;
  const seedStarted = performance.now();
  const { chairId, meetings } = await seed(db);
  const seededMs = performance.now() - seedStarted;
  const chair = await loadSessionUser(db, chairId);
  if (!chair) throw new Error("the chair was not seeded");

  const closes: number[] = [];
  const rewrites: number[] = [];
  const failures: string[] = [];
  for (const meeting of meetings) {
    const started = performance.now();
    const { closed, passed } = await countAndClose(db, chair, meeting.id, new Date());
    closes.push(performance.now() - started);
    const rewriteStarted = performance.now();
    await eraseOpenVoteRemains(db);
    rewrites.push(performance.now() - rewriteStarted);
    const ballots = await db.ballot.count({ where: { meetingApplication: { meetingId: meeting.id } } });
    const left = await db.openVote.count({ where: { meetingApplication: { meetingId: meeting.id } } });
    if (closed !== APPLICATIONS || ballots !== meeting.votes || left !== 0) {
      failures.push(
        `meeting ${meeting.id}: ${closed} closed, ${ballots} ballots of ${meeting.votes}, ${left} open left`,
      );
    }
    console.log(`close ${closes.length}: ${closes.at(-1)?.toFixed(0)} ms (${passed} of ${closed} passed)`);
  }
  const slowest = Math.max(...closes);
  if (bench.backend.startsWith("PostgreSQL") && slowest > GOAL_MS)
    failures.push(`the slowest close took ${slowest.toFixed(0)} ms, over the ${GOAL_MS} ms goal`);

  console.log(`
committee close bench — ${bench.backend}
${MEETINGS} meetings voting at once, each ${APPLICATIONS} applications × ${EXPERTS} present experts (${APPLICATIONS * EXPERTS} open votes);
seeded in ${(seededMs / 1000).toFixed(1)} s. Each close is one transaction: VOTING → CLOSED, count, ${APPLICATIONS * EXPERTS} anonymous
ballots, ${APPLICATIONS * EXPERTS} participation rows, ${APPLICATIONS} tallies, the open votes deleted. Goal ≤ ${GOAL_MS} ms.

close transaction  p50 ${percentile(closes, 50).toFixed(0)} ms  max ${slowest.toFixed(0)} ms
VACUUM FULL of the open votes afterwards  p50 ${percentile(rewrites, 50).toFixed(0)} ms  max ${Math.max(...rewrites).toFixed(0)} ms`);
  if (failures.length > 0) {
    console.error(failures.join("\n"));
    process.exitCode = 1;
  }
} finally {
  await bench.close();
}
