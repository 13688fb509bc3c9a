import { PrismaClient } from "../src/generated/prisma/client";
import { nextDate, shanghaiDate } from "../src/lib/calendar/calendar-date";
import { fromShanghaiLocalInput } from "../src/lib/datetime";
import type { RoleKindCode } from "../src/lib/dictionaries";
import { databaseTargetFromEnv, openAdapter } from "../src/server/db/adapter";
import { recordAudit } from "../src/server/domain/audit/record-audit";
import {
  DEMO_PASSWORD,
  demoAccounts,
  demoAccountTable,
  demoCommittee,
  demoDepartment,
  demoExperts,
  demoNotice,
  demoUnits,
} from "./demo-data";

/**
 * Writes the demo data (demo-data.ts) into the app's database and, when the built-in identity
 * platform is used, into its account store. Idempotent: running it again changes nothing that
 * exists. It reaches the server's modules, so it runs under the react-server condition
 * (`tsx --conditions=react-server`), as the app does.
 */
export async function seedAppDatabase(db: PrismaClient, now = new Date()): Promise<void> {
  const department = await db.department.upsert({
    where: { name: demoDepartment },
    update: {},
    create: { name: demoDepartment },
  });
  const committee = await db.reviewCommittee.upsert({
    where: { name: demoCommittee.name },
    update: {},
    create: { ...demoCommittee, departmentId: department.id },
  });
  const units = [];
  for (const unit of demoUnits) {
    units.push(
      await db.unit.upsert({
        where: { creditCode: unit.creditCode },
        update: {},
        create: { ...unit, departmentId: department.id },
      }),
    );
  }
  const scopes: Record<RoleKindCode, { unitId?: string; departmentId?: string; committeeId?: string }> = {
    UNIT_REVIEWER: { unitId: units[0].id },
    DEPT_REVIEWER: { departmentId: department.id },
    COMMITTEE_MEMBER: { committeeId: committee.id },
    COMMITTEE_CHAIR: { committeeId: committee.id },
    ADMIN: {},
  };
  let adminId: string | undefined;
  for (const account of demoAccounts) {
    // Accounts are pre-registered by 身份证号; the first sign-in links them to the platform's `sub`.
    const user = await db.user.upsert({
      where: { idCardNumber: account.idCardNumber },
      update: {},
      create: { name: account.name, idCardNumber: account.idCardNumber, mobile: account.mobile },
    });
    if (account.role === "ADMIN") adminId = user.id;
    if (account.boundToFirstUnit && !(await db.unitBinding.findFirst({ where: { userId: user.id, isActive: true } }))) {
      await db.unitBinding.create({
        data: { userId: user.id, unitId: units[0].id, status: "APPROVED", decidedAt: now },
      });
    }
    if (!account.role) continue;
    const scope = scopes[account.role];
    const scopeKey = scope.unitId ?? scope.departmentId ?? scope.committeeId ?? "";
    const existing = await db.roleAssignment.findFirst({
      where: { userId: user.id, role: account.role, scopeKey, revokedAt: null },
    });
    if (!existing)
      await db.roleAssignment.create({ data: { userId: user.id, role: account.role, scopeKey, ...scope } });
  }
  for (const expert of demoExperts) {
    const user = await db.user.upsert({
      where: { idCardNumber: expert.idCardNumber },
      update: {},
      create: { name: expert.name, idCardNumber: expert.idCardNumber, mobile: expert.mobile },
    });
    const member = { userId: user.id, role: "COMMITTEE_MEMBER" as const, scopeKey: committee.id, revokedAt: null };
    if (!(await db.roleAssignment.findFirst({ where: member })))
      await db.roleAssignment.create({
        data: { userId: user.id, role: "COMMITTEE_MEMBER", scopeKey: committee.id, committeeId: committee.id },
      });
    const unit = typeof expert.workUnit === "number" ? units[expert.workUnit] : null;
    await db.expertProfile.upsert({
      where: { userId_committeeId: { userId: user.id, committeeId: committee.id } },
      update: {},
      create: {
        userId: user.id,
        committeeId: committee.id,
        specialtySeries: demoCommittee.series,
        specialty: expert.specialty,
        currentTitle: expert.currentTitle,
        workUnitId: unit?.id ?? null,
        workUnitName: unit?.name ?? String(expert.workUnit),
        termStart: new Date(`${expert.termStart}T00:00:00Z`),
        termEnd: new Date(`${expert.termEnd}T00:00:00Z`),
        active: expert.active,
      },
    });
  }
  const notice = await db.notice.findFirst({ where: { title: demoNotice.title } });
  if (!notice && adminId) {
    const createdById = adminId;
    await db.$transaction(async (tx) => {
      const created = await tx.notice.create({
        data: {
          ...demoNotice,
          departmentId: department.id,
          committeeId: committee.id,
          ...demoNoticeWindow(now),
          status: "PUBLISHED",
          publishedAt: now,
          createdById,
        },
      });
      await recordAudit(tx, {
        actorId: createdById,
        action: "notice.publish",
        entityType: "Notice",
        entityId: created.id,
        fromStatus: "DRAFT",
        toStatus: "PUBLISHED",
        detail: { seeded: true },
      });
    });
  }
}

/**
 * The demo notice's window as a department would set it: open since 09:00 yesterday, closing at
 * 17:00 Beijing time sixty days on — never at whatever minute the seed happened to run.
 */
export function demoNoticeWindow(now: Date): { startsAt: Date; endsAt: Date } {
  const today = shanghaiDate(now);
  const yesterday = shanghaiDate(new Date(now.getTime() - 24 * 3600_000));
  let closing = today;
  for (let i = 0; i < 60; i++) closing = nextDate(closing);
  return {
    startsAt: fromShanghaiLocalInput(`${yesterday}T09:00`),
    endsAt: fromShanghaiLocalInput(`${closing}T17:00`),
  };
}

/** Creates the demo accounts in the built-in identity platform's store (its own database). */
export async function seedIdentityPlatform(dataDir: string): Promise<void> {
  const { openAccountStore } = await import("../src/idp/store/account-store");
  const store = await openAccountStore(dataDir);
  try {
    const people = new Map([...demoAccounts, ...demoExperts].map((a) => [a.idCardNumber, a]));
    for (const a of people.values()) {
      await store.ensureAccount({
        name: a.name,
        idCardNumber: a.idCardNumber,
        mobile: a.mobile,
        password: DEMO_PASSWORD,
      });
    }
  } finally {
    await store.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `npm run db:seed`; IDP_DATA_DIR=none skips the built-in identity platform's accounts.
  const adapter = openAdapter(databaseTargetFromEnv());
  const db = new PrismaClient({ adapter: adapter.factory });
  try {
    await seedAppDatabase(db);
  } finally {
    await db.$disconnect();
    await adapter.close();
  }
  if (process.env.IDP_DATA_DIR !== "none") await seedIdentityPlatform(process.env.IDP_DATA_DIR || ".data/idp");
  console.log(demoAccountTable());
}
