import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Prisma } from "../../src/generated/prisma/client";
import type { QueueFiltersInput, QueueStage, QueueTab } from "../../src/lib/review-queue/queue.schema";
import { queueFiltersSchema } from "../../src/lib/review-queue/queue.schema";
import { createCaller } from "../../src/server/api/root";
import { loadSessionUser } from "../../src/server/auth/session-user";
import { countSql } from "../../src/server/domain/review-queue/count-queue";
import { queuePageSql } from "../../src/server/domain/review-queue/list-queue";
import { queueScope } from "../../src/server/domain/review-queue/queue-scope";
import { LocalFileStorage } from "../../src/server/storage/local";
import { type BenchDb, openBenchDb } from "./bench-db";
import { measure, type Sample, table } from "./measure";

/**
 * `npm run bench:queue` (part of `npm run bench`): the reviewer queues (申报审核) over 100 000
 * submitted applications seeded by SQL (generate_series) into a throw-away database — PostgreSQL
 * with BENCH_DATABASE_URL, else in-memory PGlite. Measures reviewQueue.list (first page, a page
 * 20 000 rows deep by cursor, filtered and searched) and reviewQueue.counts through the tRPC
 * caller, as the busiest unit's reviewer and as its department's reviewer, and prints the
 * EXPLAIN (ANALYZE, BUFFERS) plans of the list and count statements. Goal: p95 ≤ 50 ms.
 */
const APPLICATIONS = 100_000;
const SAMPLES = 200;
const PAGE = 50;

/**
 * The organisations and the applications: department 1 with 20 units, department 2 with 5; unit 1
 * holds 60% of all applications (the busiest queue a unit reviewer can have), the others share the
 * rest. Per application: 70% wait at 推荐单位审核, 20% were passed to 主管部门审核, 5% were ended
 * there (终止审核), 5% went on to 评委会评审. Two applications share each submission second (ties
 * for the keyset), over about 70 days.
 */
async function seed(db: BenchDb["db"]) {
  const sql = (text: string) => db.$executeRawUnsafe(text);
  await sql(`INSERT INTO "User" ("id", "name", "idCardNumber", "mobile", "updatedAt")
    SELECT 'bench-reviewer-' || r, r, NULL, NULL, now() FROM unnest(ARRAY['unit', 'dept', 'publisher']) r`);
  await sql(
    `INSERT INTO "Department" ("id", "name", "updatedAt") SELECT 'bench-dept-' || d, '主管部门' || d, now() FROM generate_series(1, 2) d`,
  );
  await sql(`INSERT INTO "ReviewCommittee" ("id", "name", "series", "departmentId", "updatedAt")
    SELECT 'bench-committee-' || d, '评委会' || d, 'ENGINEERING', 'bench-dept-' || d, now() FROM generate_series(1, 2) d`);
  await sql(`INSERT INTO "Unit" ("id", "name", "creditCode", "departmentId", "updatedAt")
    SELECT 'bench-unit-' || u, '单位' || u, lpad(u::text, 18, '9'), 'bench-dept-' || CASE WHEN u <= 20 THEN 1 ELSE 2 END, now()
    FROM generate_series(1, 25) u`);
  await sql(`INSERT INTO "Notice" ("id", "title", "body", "series", "levels", "departmentId", "committeeId", "startsAt", "endsAt",
      "status", "publishedAt", "createdById", "updatedAt")
    SELECT gen_random_uuid()::text, '申报通知' || n, '……', (ARRAY['ENGINEERING', 'HEALTH', 'ECONOMICS', 'ENGINEERING'])[n],
      ARRAY['INTERMEDIATE', 'SUB_SENIOR', 'SENIOR']::"TitleLevel"[], 'bench-dept-' || CASE WHEN n <= 3 THEN 1 ELSE 2 END,
      'bench-committee-' || CASE WHEN n <= 3 THEN 1 ELSE 2 END, now() - interval '90 days', now() + interval '30 days',
      'PUBLISHED', now() - interval '90 days', 'bench-reviewer-publisher', now()
    FROM generate_series(1, 4) n`);
  await sql(`INSERT INTO "RoleAssignment" ("id", "userId", "role", "unitId", "departmentId", "scopeKey")
    VALUES ('bench-role-unit', 'bench-reviewer-unit', 'UNIT_REVIEWER', 'bench-unit-1', NULL, 'bench-unit-1'),
           ('bench-role-dept', 'bench-reviewer-dept', 'DEPT_REVIEWER', NULL, 'bench-dept-1', 'bench-dept-1')`);
  // Applicants: a name from a surname and two given-name characters, a distinct 18-character 身份证号.
  await sql(`INSERT INTO "User" ("id", "name", "idCardNumber", "mobile", "updatedAt")
    SELECT md5('user' || i)::uuid::text,
      (ARRAY['张','王','李','赵','刘','陈','杨','黄','周','吴','徐','孙'])[1 + i % 12]
        || (ARRAY['伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳','杰','涛','明'])[1 + (i / 12) % 15]
        || (ARRAY['','华','平','刚','玲','桂','英','华','军','峰'])[1 + (i / 180) % 10],
      '2201021985' || lpad(i::text, 8, '0'), '139' || lpad(i::text, 8, '0'), now()
    FROM generate_series(1, ${APPLICATIONS}) i`);
  await sql(`INSERT INTO "Application" ("id", "applicantId", "noticeId", "unitId", "unitSnapshot", "status", "stage", "version",
      "updatedAt", "submittedAt", "series", "departmentId", "applicantName", "appliedLevel", "category", "exceptionalCategory",
      "unitReviewedAt", "deptReviewedAt")
    SELECT md5('app' || i)::uuid::text, u."id", n."id", 'bench-unit-' || x.unit,
      jsonb_build_object('id', 'bench-unit-' || x.unit, 'name', '单位' || x.unit, 'creditCode', '', 'departmentName', ''),
      (CASE WHEN x.p < 90 THEN 'SUBMITTED' WHEN x.p < 95 THEN 'TERMINATED' ELSE 'SUBMITTED' END)::"ApplicationStatus",
      (CASE WHEN x.p < 70 THEN 'UNIT_REVIEW' WHEN x.p < 95 THEN 'DEPT_REVIEW' ELSE 'COMMITTEE_REVIEW' END)::"ReviewStage",
      1, now(), x.at, n.series, 'bench-dept-' || CASE WHEN x.unit <= 20 THEN 1 ELSE 2 END, u."name",
      (ARRAY['INTERMEDIATE', 'SUB_SENIOR', 'SENIOR'])[1 + i % 3]::"TitleLevel",
      CASE WHEN i % 10 = 0 THEN 'EXCEPTIONAL' ELSE 'NORMAL' END,
      CASE WHEN i % 10 = 0 THEN (ARRAY['TWO_EXPERTS', 'OUTSTANDING_ACHIEVEMENT', 'QUALIFICATION'])[1 + (i / 10) % 3] END,
      CASE WHEN x.p >= 70 THEN x.at + interval '1 day' END,
      CASE WHEN x.p >= 90 THEN x.at + interval '2 days' END
    FROM generate_series(1, ${APPLICATIONS}) i
    JOIN "User" u ON u."id" = md5('user' || i)::uuid::text
    CROSS JOIN LATERAL (SELECT CASE WHEN i % 10 < 6 THEN 1 ELSE 2 + i % 24 END AS unit, (i * 7919) % 100 AS p,
      date_trunc('second', now()) - ((i / 2) * interval '1 minute') AS at) x
    CROSS JOIN LATERAL (SELECT CASE WHEN x.unit <= 20 THEN 1 + i % 3 ELSE 4 END AS k) nk
    JOIN "Notice" n ON n."title" = '申报通知' || nk.k`);
  await sql(`INSERT INTO "ApplicationSection" ("applicationId", "module", "data", "updatedAt")
    SELECT a."id", 'basicInfo', jsonb_build_object('name', a."applicantName", 'mobile', '138' || right(u."mobile", 8)), now()
    FROM "Application" a JOIN "User" u ON u."id" = a."applicantId"`);
  // The flow: 提交 for every application, then the decisions that put it where it is.
  await sql(`INSERT INTO "FlowEvent" ("id", "applicationId", "sequence", "at", "action", "stage", "actorId", "actorRole",
      "fromStatus", "toStatus", "fromStage", "toStage")
    SELECT md5('submit' || a."id")::uuid::text, a."id", 1, a."submittedAt", 'SUBMIT', NULL, a."applicantId", 'APPLICANT',
      'DRAFT', 'SUBMITTED', NULL, 'UNIT_REVIEW' FROM "Application" a`);
  await sql(`INSERT INTO "FlowEvent" ("id", "applicationId", "sequence", "at", "action", "stage", "actorId", "actorRole",
      "fromStatus", "toStatus", "fromStage", "toStage")
    SELECT md5('unit' || a."id")::uuid::text, a."id", 2, a."unitReviewedAt", 'PASS', 'UNIT_REVIEW', 'bench-reviewer-unit',
      'UNIT_REVIEWER', 'SUBMITTED', 'SUBMITTED', 'UNIT_REVIEW', 'DEPT_REVIEW' FROM "Application" a WHERE a."unitReviewedAt" IS NOT NULL`);
  await sql(`INSERT INTO "FlowEvent" ("id", "applicationId", "sequence", "at", "action", "stage", "actorId", "actorRole",
      "opinion", "fromStatus", "toStatus", "fromStage", "toStage")
    SELECT md5('dept' || a."id")::uuid::text, a."id", 3, a."deptReviewedAt",
      (CASE WHEN a."status" = 'TERMINATED' THEN 'TERMINATE' ELSE 'PASS' END)::"FlowAction", 'DEPT_REVIEW', 'bench-reviewer-dept',
      'DEPT_REVIEWER', CASE WHEN a."status" = 'TERMINATED' THEN '不符合申报条件' END, 'SUBMITTED', a."status", 'DEPT_REVIEW', a."stage"
    FROM "Application" a WHERE a."deptReviewedAt" IS NOT NULL`);
  await sql(`VACUUM ANALYZE`);
}

const started = performance.now();
const bench = await openBenchDb();
try {
  const { db } = bench;
  await seed(db);
  const seededMs = performance.now() - started;
  const storage = new LocalFileStorage(mkdtempSync(path.join(tmpdir(), "zhicheng-bench-files-")));
  const callerOf = async (userId: string) => createCaller({ db, storage, user: await loadSessionUser(db, userId) });
  const unit = await callerOf("bench-reviewer-unit");
  const dept = await callerOf("bench-reviewer-dept");
  const roles = { UNIT_REVIEW: unit, DEPT_REVIEW: dept } as const;

  /** The cursor of the row `depth` rows into a queue, as the page before it would have handed out. */
  const deepCursor = async (stage: QueueStage, depth: number) => {
    let cursor: string | undefined;
    for (let page = 0; page < depth / PAGE; page++) {
      cursor =
        (await roles[stage].reviewQueue.list({ stage, tab: "pending", limit: PAGE, cursor })).nextCursor ?? undefined;
    }
    return cursor;
  };
  const unitDeep = await deepCursor("UNIT_REVIEW", 20_000);
  const deptDeep = await deepCursor("DEPT_REVIEW", 10_000);
  // Applicant 4240 is in unit 1 and waits there (see seed).
  const idCard = `2201021985${String(4240).padStart(8, "0")}`;
  const [{ id: notice2 }] = await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Notice" WHERE "title" = '申报通知2'`;

  type Case = { label: string; stage: QueueStage; tab: QueueTab; filters?: QueueFiltersInput; cursor?: string };
  const listCases: Case[] = [
    { label: "unit 待审核 first page", stage: "UNIT_REVIEW", tab: "pending" },
    { label: "unit 待审核 page at row 20 000 (cursor)", stage: "UNIT_REVIEW", tab: "pending", cursor: unitDeep },
    { label: "unit 已审核 first page", stage: "UNIT_REVIEW", tab: "done" },
    {
      label: "unit 待审核 level + 破格 filter",
      stage: "UNIT_REVIEW",
      tab: "pending",
      filters: { level: "SENIOR", category: "EXCEPTIONAL" },
    },
    {
      label: "unit 待审核 notice + date range",
      stage: "UNIT_REVIEW",
      tab: "pending",
      filters: { noticeId: notice2, submittedFrom: "2026-10-01", submittedTo: "2026-10-31" },
    },
    { label: "unit 待审核 name prefix 张伟", stage: "UNIT_REVIEW", tab: "pending", filters: { q: "张伟" } },
    { label: "unit 待审核 whole 身份证号", stage: "UNIT_REVIEW", tab: "pending", filters: { q: idCard } },
    { label: "dept 待审核 first page", stage: "DEPT_REVIEW", tab: "pending" },
    { label: "dept 待审核 page at row 10 000 (cursor)", stage: "DEPT_REVIEW", tab: "pending", cursor: deptDeep },
    { label: "dept 已审核 first page", stage: "DEPT_REVIEW", tab: "done" },
  ];
  const countCases: Case[] = [
    { label: "unit counts", stage: "UNIT_REVIEW", tab: "pending" },
    { label: "unit counts, level filter", stage: "UNIT_REVIEW", tab: "pending", filters: { level: "SENIOR" } },
    { label: "dept counts", stage: "DEPT_REVIEW", tab: "pending" },
  ];

  const samples: Sample[] = [];
  for (const c of listCases) {
    const input = { stage: c.stage, tab: c.tab, filters: c.filters ?? {}, cursor: c.cursor, limit: PAGE };
    const rows = (await roles[c.stage].reviewQueue.list(input)).rows.length;
    samples.push(
      await measure(`list: ${c.label} (${rows} rows)`, 1, SAMPLES, () => roles[c.stage].reviewQueue.list(input)),
    );
  }
  for (const c of countCases) {
    const input = { stage: c.stage, filters: c.filters ?? {} };
    const counts = await roles[c.stage].reviewQueue.counts(input);
    samples.push(
      await measure(`counts: ${c.label} (${counts.pending}/${counts.done})`, 1, SAMPLES, () =>
        roles[c.stage].reviewQueue.counts(input),
      ),
    );
  }
  samples.push(await measure("bare SELECT 1", 1, SAMPLES, () => db.$queryRaw`SELECT 1`));

  console.log(`\nReview queue over ${APPLICATIONS} submitted applications on ${bench.backend}`);
  console.log(`seeded in ${(seededMs / 1000).toFixed(1)} s; ${SAMPLES} calls each, one after the other\n`);
  console.log(table(samples));

  const explain = async (label: string, query: Prisma.Sql) => {
    const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>(
      Prisma.sql`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${query}`,
    );
    console.log(`\n-- ${label}\n${plan.map((r) => r["QUERY PLAN"]).join("\n")}`);
  };
  const unitSession = await loadSessionUser(db, "bench-reviewer-unit");
  const deptSession = await loadSessionUser(db, "bench-reviewer-dept");
  const unitScope = queueScope("UNIT_REVIEW", unitSession?.roles ?? []);
  const deptScope = queueScope("DEPT_REVIEW", deptSession?.roles ?? []);
  if (!unitScope || !deptScope) throw new Error("the bench reviewers have no queue");
  const none = queueFiltersSchema.parse({});
  const lastOfFirstPage = await db.$queryRaw<{ submittedAt: Date; id: string }[]>(
    Prisma.sql`SELECT a."submittedAt", a."id" FROM (${queuePageSql(unitScope, "pending", none, 20_000)}) a ORDER BY a."submittedAt", a."id" LIMIT 1`,
  );
  await explain("list: unit 待审核 first page", queuePageSql(unitScope, "pending", none, PAGE + 1));
  await explain(
    "list: unit 待审核 page at row 20 000",
    queuePageSql(unitScope, "pending", none, PAGE + 1, lastOfFirstPage[0]),
  );
  await explain("list: dept 已审核 first page", queuePageSql(deptScope, "done", none, PAGE + 1));
  await explain("count: unit 待审核", countSql(unitScope, "pending", none));
  await explain("count: unit 已审核", countSql(unitScope, "done", none));
  await explain(
    "count: dept 待审核, level filter",
    countSql(deptScope, "pending", queueFiltersSchema.parse({ level: "SENIOR" })),
  );
} finally {
  await bench.close();
}
