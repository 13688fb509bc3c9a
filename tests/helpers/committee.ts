import type { PrismaClient } from "@/generated/prisma/client";
import { callerFor, grant, makeAdmin, makeNotice, makeOrg, makeOrgWithPublisher, makeUser, type Org } from "./fixtures";
import { makeReviewer } from "./review";

/**
 * The committee's cast: an organisation whose committee has a 主任委员 and a published notice, the
 * chair of another committee, the people of the earlier stages, an applicant and an admin. Experts
 * and applications are added per test (addExpert, committeeApplication).
 */
export async function makeCommitteeWorld(db: PrismaClient) {
  const { org, publisherId } = await makeOrgWithPublisher(db);
  const other = await makeOrg(db);
  const chair = await makeReviewer(db, "主任委员", "COMMITTEE_CHAIR", org);
  const otherChair = await makeReviewer(db, "他评委会主任委员", "COMMITTEE_CHAIR", other);
  const notice = await makeNotice(db, org, publisherId);
  const applicant = await makeUser(db, "申报人");
  return {
    org,
    other,
    publisherId,
    notice,
    chair,
    otherChair,
    unitReviewer: await makeReviewer(db, "单位审核人", "UNIT_REVIEWER", org),
    deptReviewer: await makeReviewer(db, "部门审核人", "DEPT_REVIEWER", org),
    applicant: { id: applicant.id, api: await callerFor(db, applicant.id) },
    admin: await makeAdmin(db),
  };
}

export type CommitteeWorld = Awaited<ReturnType<typeof makeCommitteeWorld>>;

type ExpertOptions = {
  name?: string;
  specialtySeries?: string;
  specialty?: string;
  workUnitId?: string | null;
  termStart?: string;
  termEnd?: string;
  active?: boolean;
  /** Whether the person (still) holds 评委会成员 for the committee. */
  member?: boolean;
};

let expertCount = 0;

/** An expert of `org`'s committee pool (a 评委会成员 by default), with a caller acting as them. */
export async function addExpert(db: PrismaClient, org: Org, options: ExpertOptions = {}) {
  expertCount += 1;
  const person = await makeUser(db, options.name ?? `专家${expertCount}`);
  if (options.member !== false) await grant(db, person.id, "COMMITTEE_MEMBER", { committeeId: org.committee.id });
  const profile = await db.expertProfile.create({
    data: {
      userId: person.id,
      committeeId: org.committee.id,
      specialtySeries: options.specialtySeries ?? "ENGINEERING",
      specialty: options.specialty ?? "电气工程",
      currentTitle: "正高级工程师",
      workUnitId: options.workUnitId ?? null,
      workUnitName: "某研究院",
      termStart: new Date(`${options.termStart ?? "2025-01-01"}T00:00:00Z`),
      termEnd: new Date(`${options.termEnd ?? "2028-12-31"}T00:00:00Z`),
      active: options.active ?? true,
    },
  });
  return { id: profile.id, userId: person.id, name: person.name, api: await callerFor(db, person.id) };
}

export type Expert = Awaited<ReturnType<typeof addExpert>>;

/**
 * An application of `world.notice` at 评委会评审 (已申报), recommended by `unitId` — set in the
 * database, since how it got there is the review's business, not the committee's.
 */
export async function committeeApplication(db: PrismaClient, world: CommitteeWorld, unitId = world.org.unit.id) {
  const person = await makeUser(db, "评审申报人");
  const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId }, include: { department: true } });
  const application = await db.application.create({
    data: {
      applicantId: person.id,
      noticeId: world.notice.id,
      unitId,
      unitSnapshot: { id: unit.id, name: unit.name, creditCode: unit.creditCode, departmentName: unit.department.name },
      status: "SUBMITTED",
      stage: "COMMITTEE_REVIEW",
      submittedAt: new Date(),
    },
  });
  return application.id;
}

/** A meeting of the world's committee and notice, created by its chair. */
export async function createMeeting(world: CommitteeWorld, date = "2026-12-15") {
  return world.chair.api.committee.meetings.create({
    committeeId: world.org.committee.id,
    noticeId: world.notice.id,
    name: "2026年度工程系列高级职称评审会",
    date,
    place: "长春市人民大街1号会议室",
  });
}
