import type { PrismaClient } from "@/generated/prisma/client";
import type { BallotChoiceCode } from "@/lib/ballot/ballot-contract";
import { callerFor, grant, makeAdmin, makeNotice, makeOrg, makeUser } from "./fixtures";

type MeetingStatus = "DRAFT" | "PANEL_DRAWN" | "VOTING" | "CLOSED" | "PUBLISHED";

export type BallotWorldOptions = {
  /** Experts present on the panel. */
  present: number;
  /** Drawn experts marked absent. */
  absent?: number;
  /** Drawn experts who declined. */
  declined?: number;
  applications: number;
  status?: MeetingStatus;
};

/**
 * A meeting as the committee's procedures leave it when voting opens, written directly: a
 * committee with its chair (主任委员), a panel of experts (present, absent, declined) each with a
 * caller, applications at 评委会评审 assigned to the meeting, a member of the committee who is not
 * on the panel, the chair of another committee, and an admin.
 */
export async function makeBallotWorld(db: PrismaClient, options: BallotWorldOptions) {
  const { present, absent = 0, declined = 0, applications, status = "VOTING" } = options;
  const org = await makeOrg(db);
  const other = await makeOrg(db);
  const publisher = await makeUser(db, "通知起草人");
  const notice = await makeNotice(db, org, publisher.id);
  const chair = await makeUser(db, "主任委员");
  await grant(db, chair.id, "COMMITTEE_CHAIR", { committeeId: org.committee.id });
  const otherChair = await makeUser(db, "他会主任委员");
  await grant(db, otherChair.id, "COMMITTEE_CHAIR", { committeeId: other.committee.id });
  const meeting = await db.reviewMeeting.create({
    data: {
      committeeId: org.committee.id,
      noticeId: notice.id,
      name: "2026年度工程系列高级职称评审会",
      date: new Date("2026-12-10T00:00:00Z"),
      place: "长春市人民大街1号会议室",
      status,
      panelSize: present + absent + declined,
      drawSeed: status === "DRAFT" ? null : "5eed0000000000000000000000000001",
      drawnAt: status === "DRAFT" ? null : new Date(),
      votingOpenedAt: status === "DRAFT" || status === "PANEL_DRAWN" ? null : new Date(),
      createdById: chair.id,
    },
  });

  const experts = [];
  const total = present + absent + declined;
  for (let i = 0; i < total; i++) {
    const kind = i < declined ? "declined" : i < declined + absent ? "absent" : "present";
    const person = await makeUser(db, `专家${i + 1}`);
    const profile = await joinPool(db, org.committee.id, person.id);
    const seat = await db.meetingExpert.create({
      data: {
        meetingId: meeting.id,
        expertId: profile.id,
        drawOrder: i + 1,
        status: kind === "declined" ? "DECLINED" : "DRAWN",
        declineReason: kind === "declined" ? "出差" : null,
        present: kind === "present",
        presentMarkedAt: new Date(),
      },
    });
    experts.push({ userId: person.id, seatId: seat.id, kind, api: await callerFor(db, person.id) });
  }
  const outsider = await makeUser(db, "非本场评委");
  await joinPool(db, org.committee.id, outsider.id);

  const items: string[] = [];
  for (let k = 0; k < applications; k++) {
    const applicant = await makeUser(db, `申报人${String(k + 1).padStart(3, "0")}`);
    const application = await db.application.create({
      data: {
        applicantId: applicant.id,
        noticeId: notice.id,
        unitId: org.unit.id,
        unitSnapshot: { name: org.unit.name },
        status: "SUBMITTED",
        stage: "COMMITTEE_REVIEW",
        submittedAt: new Date(),
      },
    });
    items.push(
      (await db.meetingApplication.create({ data: { meetingId: meeting.id, applicationId: application.id } })).id,
    );
  }

  return {
    org,
    meeting,
    items,
    experts,
    present: experts.filter((e) => e.kind === "present"),
    chair: { id: chair.id, api: await callerFor(db, chair.id) },
    otherChair: await callerFor(db, otherChair.id),
    outsider: await callerFor(db, outsider.id),
    admin: (await makeAdmin(db)).admin,
  };
}

export type BallotWorld = Awaited<ReturnType<typeof makeBallotWorld>>;

/** A committee member with an expert profile in the committee's pool (评审专家库). */
async function joinPool(db: PrismaClient, committeeId: string, userId: string) {
  await grant(db, userId, "COMMITTEE_MEMBER", { committeeId });
  return db.expertProfile.create({
    data: {
      userId,
      committeeId,
      specialtySeries: "ENGINEERING",
      specialty: "电气工程",
      currentTitle: "正高级工程师",
      workUnitName: "吉林大学",
      termStart: new Date("2025-01-01T00:00:00Z"),
      termEnd: new Date("2028-12-31T00:00:00Z"),
    },
  });
}

/** The choices of `n` votes: `agree` 同意, then 不同意 for the rest (弃权 where asked). */
export function choicesOf(n: number, agree: number, abstain = 0): BallotChoiceCode[] {
  return Array.from({ length: n }, (_, i) => (i < agree ? "AGREE" : i < agree + abstain ? "ABSTAIN" : "DISAGREE"));
}

/** Recuses the seat from the meeting application, as a declared 回避 would. */
export async function recuse(db: PrismaClient, meetingApplicationId: string, meetingExpertId: string) {
  return db.recusal.create({
    data: { meetingApplicationId, meetingExpertId, automatic: false, reason: "与申报人系师生关系" },
  });
}
