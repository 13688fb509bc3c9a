import { PrismaClient } from "../src/generated/prisma/client";
import type { RoleKindCode, TitleLevelCode } from "../src/lib/dictionaries";
import { creditCodeCheckChar } from "../src/lib/validation/credit-code";
import { idCardCheckChar } from "../src/lib/validation/id-card";
import { databaseTargetFromEnv, openAdapter } from "../src/server/db/adapter";
import { recordAudit } from "../src/server/domain/audit/record-audit";

/**
 * The one source of demo data: organisations, an open notice, and an account for every role, in
 * the app's database and (when the built-in identity platform is used) in its account store.
 * Idempotent: running it again changes nothing that exists.
 */
export const DEMO_PASSWORD = "Demo@2026";

const withIdCheck = (first17: string) => first17 + idCardCheckChar(first17);
const withCreditCheck = (first17: string) => first17 + creditCodeCheckChar(first17);

export const demoDepartment = "吉林省工业和信息化厅";
export const demoCommittee = { name: "吉林省工程系列高级职称评审委员会", series: "ENGINEERING" };
export const demoUnits = [
  { name: "吉林省智能制造研究院有限公司", creditCode: withCreditCheck("91220101MA17X0001") },
  { name: "长春市轨道交通装备有限公司", creditCode: withCreditCheck("91220104MA17X0002") },
  { name: "吉林市化工设计研究院", creditCode: withCreditCheck("12220200MB1234567") },
];

type DemoAccount = {
  label: string;
  name: string;
  idCardNumber: string;
  mobile: string;
  role?: RoleKindCode;
  /** Demo applicant whose binding to the first demo unit is already approved. */
  boundToFirstUnit?: boolean;
};

export const demoAccounts: DemoAccount[] = [
  { label: "申报人", name: "张明", idCardNumber: withIdCheck("22010219880312123"), mobile: "13800000001" },
  {
    label: "申报人（已绑定）",
    name: "刘洋",
    idCardNumber: withIdCheck("22010219900815126"),
    mobile: "13800000006",
    boundToFirstUnit: true,
  },
  {
    label: "推荐单位审核人",
    name: "李华",
    idCardNumber: withIdCheck("22010219800520234"),
    mobile: "13800000002",
    role: "UNIT_REVIEWER",
  },
  {
    label: "主管部门审核人",
    name: "王芳",
    idCardNumber: withIdCheck("22010219790101345"),
    mobile: "13800000003",
    role: "DEPT_REVIEWER",
  },
  {
    label: "评委会成员",
    name: "赵强",
    idCardNumber: withIdCheck("22010219751111456"),
    mobile: "13800000004",
    role: "COMMITTEE_MEMBER",
  },
  {
    label: "系统管理员",
    name: "系统管理员",
    idCardNumber: withIdCheck("22010219700707567"),
    mobile: "13800000005",
    role: "ADMIN",
  },
];

const demoNotice = {
  title: "关于开展2026年度工程系列职称评审申报工作的通知",
  body: [
    "一、申报范围：在我省企事业单位从事工程技术工作的专业技术人员。",
    "二、申报条件：遵守法律法规，具有良好的职业道德；近五年年度考核均为合格以上；符合相应级别的学历、资历和业绩条件。",
    "三、申报注意事项：申报人须先绑定推荐单位；所填信息和上传材料须真实、准确、完整；逾期不予受理。",
  ].join("\n"),
  series: "ENGINEERING",
  levels: ["INTERMEDIATE", "SUB_SENIOR", "SENIOR"] as TitleLevelCode[],
};

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
  const notice = await db.notice.findFirst({ where: { title: demoNotice.title } });
  if (!notice && adminId) {
    const createdById = adminId;
    await db.$transaction(async (tx) => {
      const created = await tx.notice.create({
        data: {
          ...demoNotice,
          departmentId: department.id,
          committeeId: committee.id,
          startsAt: new Date(now.getTime() - 24 * 3600_000),
          endsAt: new Date(now.getTime() + 60 * 24 * 3600_000),
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

/** Creates the demo accounts in the built-in identity platform's store (its own database). */
export async function seedIdentityPlatform(dataDir: string): Promise<void> {
  const { openAccountStore } = await import("../src/idp/store/account-store");
  const store = await openAccountStore(dataDir);
  try {
    for (const a of demoAccounts) {
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

export function demoAccountTable(): string {
  const rows = demoAccounts.map(
    (a) => `  ${a.label.padEnd(8, "　")}  ${a.name.padEnd(6, "　")}  账号 ${a.idCardNumber} 或 ${a.mobile}`,
  );
  return [`演示账号（密码均为 ${DEMO_PASSWORD}）：`, ...rows].join("\n");
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
