import type { PrismaClient } from "@/generated/prisma/client";
import type { RoleKindCode } from "@/lib/dictionaries";
import type { FileStorage } from "@/server/storage/types";
import { callerFor, grant, makeAdmin, makeOrg, makeOrgWithPublisher, makeUser, type Org } from "./fixtures";
import { completeDraft } from "./submission";

export type Caller = Awaited<ReturnType<typeof callerFor>>;

/** A person holding `role` for the organisation `scopeId` names, with a caller acting as them. */
export async function makeReviewer(db: PrismaClient, name: string, role: RoleKindCode, org: Org) {
  const person = await makeUser(db, name);
  const scope =
    role === "UNIT_REVIEWER"
      ? { unitId: org.unit.id }
      : role === "DEPT_REVIEWER"
        ? { departmentId: org.department.id }
        : { committeeId: org.committee.id };
  await grant(db, person.id, role, scope);
  return { id: person.id, api: await callerFor(db, person.id) };
}

/**
 * The review's cast: an organisation with the reviewers of each of its stages (two at the unit, for
 * races), the same roles of another organisation, and an admin.
 */
export async function makeReviewWorld(db: PrismaClient) {
  const { org, publisherId } = await makeOrgWithPublisher(db);
  const other = await makeOrg(db);
  return {
    org,
    publisherId,
    other,
    unit: await makeReviewer(db, "单位审核人", "UNIT_REVIEWER", org),
    unit2: await makeReviewer(db, "单位审核人二", "UNIT_REVIEWER", org),
    dept: await makeReviewer(db, "部门审核人", "DEPT_REVIEWER", org),
    committee: await makeReviewer(db, "评委", "COMMITTEE_MEMBER", org),
    chair: await makeReviewer(db, "主任委员", "COMMITTEE_CHAIR", org),
    otherUnit: await makeReviewer(db, "他单位审核人", "UNIT_REVIEWER", other),
    otherDept: await makeReviewer(db, "他部门审核人", "DEPT_REVIEWER", other),
    otherCommittee: await makeReviewer(db, "他评委", "COMMITTEE_MEMBER", other),
    otherChair: await makeReviewer(db, "他主任委员", "COMMITTEE_CHAIR", other),
    admin: (await makeAdmin(db)).admin,
  };
}

export type ReviewWorld = Awaited<ReturnType<typeof makeReviewWorld>>;

/** A complete application submitted for real: at 推荐单位审核, with its first snapshot. */
export async function submittedApplication(
  db: PrismaClient,
  storage: FileStorage,
  world: { org: Org; publisherId: string },
  name = "申报人",
) {
  const draft = await completeDraft(db, storage, world.org, world.publisherId, name);
  await draft.api.submission.submit({ applicationId: draft.applicationId, promise: true });
  return draft;
}

/** The application's version now: what a reviewer's page would have loaded. */
export async function versionOf(db: PrismaClient, applicationId: string) {
  return (await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { version: true } })).version;
}

/** 通过 by `reviewer` with the version as it is now. */
export async function pass(db: PrismaClient, reviewer: Caller, applicationId: string, opinion?: string) {
  return reviewer.review.pass({ applicationId, version: await versionOf(db, applicationId), opinion });
}
