import type { PrismaClient } from "@/generated/prisma/client";
import type { RoleKindCode } from "@/lib/dictionaries";
import { creditCodeCheckChar } from "@/lib/validation/credit-code";
import { idCardCheckChar } from "@/lib/validation/id-card";
import { createCaller } from "@/server/api/root";
import { loadSessionUser } from "@/server/auth/session-user";
import type { FileStorage } from "@/server/storage/types";
import { testStorage } from "./storage";

let counter = 0;

/**
 * A valid 18-digit 身份证号 distinct per call (Changchun): born 1985-01-01 for the first thousand
 * calls of a test file, the sequence number telling them apart; a day later for each thousand after.
 */
export function makeIdCard(): string {
  counter += 1;
  const birth = new Date(Date.UTC(1985, 0, 1 + Math.floor(counter / 1000))).toISOString().slice(0, 10);
  const first17 = `220102${birth.replaceAll("-", "")}${String(counter % 1000).padStart(3, "0")}`;
  return first17 + idCardCheckChar(first17);
}

/** A valid 统一社会信用代码 distinct per call. */
export function makeCreditCode(): string {
  counter += 1;
  const first17 = `91220101MA${String(counter).padStart(7, "0")}`;
  return first17 + creditCodeCheckChar(first17);
}

export async function makeUser(db: PrismaClient, name = "测试用户") {
  return db.user.create({
    data: { name, idCardNumber: makeIdCard(), mobile: "13800138000", ssoSubject: `sub-${makeIdCard()}` },
  });
}

export async function makeOrg(db: PrismaClient) {
  counter += 1;
  const department = await db.department.create({ data: { name: `测试主管部门${counter}` } });
  const committee = await db.reviewCommittee.create({
    data: { name: `测试评委会${counter}`, series: "ENGINEERING", departmentId: department.id },
  });
  const unit = await db.unit.create({
    data: { name: `测试单位${counter}`, creditCode: makeCreditCode(), departmentId: department.id },
  });
  return { department, committee, unit };
}

export type Org = Awaited<ReturnType<typeof makeOrg>>;

/** An organisation and the person who drafts its notices, as the applicant-side tests start from. */
export async function makeOrgWithPublisher(db: PrismaClient) {
  const org = await makeOrg(db);
  const publisherId = (await makeUser(db, "通知起草人")).id;
  return { org, publisherId };
}

/** A 系统管理员 with a caller acting as them, as the admin tests start from. */
export async function makeAdmin(db: PrismaClient, name = "管理员") {
  const person = await makeUser(db, name);
  await grant(db, person.id, "ADMIN");
  return { adminId: person.id, admin: await callerFor(db, person.id) };
}

type Scope = { unitId?: string; departmentId?: string; committeeId?: string };

export async function grant(db: PrismaClient, userId: string, role: RoleKindCode, scope: Scope = {}) {
  const scopeKey = scope.unitId ?? scope.departmentId ?? scope.committeeId ?? "";
  return db.roleAssignment.create({ data: { userId, role, scopeKey, ...scope } });
}

/** A 推荐单位审核人 of `unitId`: a unit without one refuses binding requests. */
export async function appointUnitReviewer(db: PrismaClient, unitId: string, name = "单位审核人") {
  const reviewer = await makeUser(db, name);
  await grant(db, reviewer.id, "UNIT_REVIEWER", { unitId });
  return reviewer;
}

/** A tRPC caller acting as `userId` (or signed out), exactly as an HTTP request would be served. */
export async function callerFor(db: PrismaClient, userId: string | null, storage: FileStorage = testStorage()) {
  const user = userId ? await loadSessionUser(db, userId) : null;
  return createCaller({ db, storage, user });
}

/** An approved binding of `userId` to `unitId`, as if the unit had approved the request. */
export async function bindApproved(db: PrismaClient, userId: string, unitId: string) {
  return db.unitBinding.create({ data: { userId, unitId, status: "APPROVED", decidedAt: new Date() } });
}

/** A person whose binding to `unitId` the unit has approved, with a caller acting as them. */
export async function makeApplicantWithUnit(db: PrismaClient, unitId: string, name = "申报人") {
  const person = await makeUser(db, name);
  await bindApproved(db, person.id, unitId);
  return { person, api: await callerFor(db, person.id) };
}

type NoticeOptions = { startsAt?: Date; endsAt?: Date; status?: "DRAFT" | "PUBLISHED" | "CLOSED"; title?: string };

/** A notice of `org`'s committee; published and open from yesterday for thirty days by default. */
export async function makeNotice(db: PrismaClient, org: Org, createdById: string, options: NoticeOptions = {}) {
  counter += 1;
  const now = Date.now();
  const status = options.status ?? "PUBLISHED";
  return db.notice.create({
    data: {
      title: options.title ?? `测试申报通知${counter}`,
      body: "一、申报条件：……\n二、申报注意事项：……",
      series: "ENGINEERING",
      levels: ["INTERMEDIATE", "SUB_SENIOR"],
      departmentId: org.department.id,
      committeeId: org.committee.id,
      startsAt: options.startsAt ?? new Date(now - 86400_000),
      endsAt: options.endsAt ?? new Date(now + 30 * 86400_000),
      status,
      publishedAt: status === "DRAFT" ? null : new Date(now),
      createdById,
    },
  });
}
