import type { PrismaClient } from "@/generated/prisma/client";
import type { RoleKindCode } from "@/lib/dictionaries";
import { idCardCheckChar } from "@/lib/validation/id-card";
import { creditCodeCheckChar } from "@/lib/validation/credit-code";
import { createCaller } from "@/server/api/root";
import { loadSessionUser } from "@/server/auth/session-user";

let counter = 0;

/** A valid 18-digit 身份证号 distinct per call (born 1985-01-01, Changchun). */
export function makeIdCard(): string {
  counter += 1;
  const first17 = `22010219850101${String(counter % 1000).padStart(3, "0")}`;
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

type Scope = { unitId?: string; departmentId?: string; committeeId?: string };

export async function grant(db: PrismaClient, userId: string, role: RoleKindCode, scope: Scope = {}) {
  const scopeKey = scope.unitId ?? scope.departmentId ?? scope.committeeId ?? "";
  return db.roleAssignment.create({ data: { userId, role, scopeKey, ...scope } });
}

/** A tRPC caller acting as `userId` (or signed out), exactly as an HTTP request would be served. */
export async function callerFor(db: PrismaClient, userId: string | null) {
  const user = userId ? await loadSessionUser(db, userId) : null;
  return createCaller({ db, user });
}
