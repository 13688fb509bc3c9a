import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createCaller } from "../../src/server/api/root";
import { loadSessionUser } from "../../src/server/auth/session-user";
import { LocalFileStorage } from "../../src/server/storage/local";
import { openBenchDb } from "./bench-db";
import { measure, type Sample, table } from "./measure";
import { seedApplicants } from "./seed";

/**
 * `npm run bench`: p50/p95 of loading a whole application form and of saving one entry, at 1 and
 * 50 concurrent users, and of 提交 of a whole application at 1 and 20, beside a bare `SELECT 1`
 * through the same Prisma client. Each call goes
 * through the tRPC router with a context loaded per call, as an HTTP request is served, minus
 * the transport. Nothing is built or started; the database is a throw-away one.
 */
const APPLICANTS = 50;
const ENTRIES_PER_MODULE = 12;
const SEQUENTIAL_SAMPLES = 200;
const CONCURRENT_USERS = 50;
const PER_CONCURRENT_USER = 5;
/** 提交 uses each application once: this many one after the other, then SUBMIT_USERS × SUBMIT_PER_USER at once. */
const SUBMIT_SEQUENTIAL = 30;
const SUBMIT_USERS = 20;
const SUBMIT_PER_USER = 3;
const SUBMIT_WARMUP = 2;

const started = performance.now();
const bench = await openBenchDb();
try {
  const { db } = bench;
  const submitting = SUBMIT_WARMUP + SUBMIT_SEQUENTIAL + SUBMIT_USERS * SUBMIT_PER_USER;
  const applicants = await seedApplicants(db, APPLICANTS + submitting, ENTRIES_PER_MODULE);
  const seededMs = performance.now() - started;

  // The form procedures measured here never touch files; a throw-away folder satisfies the context.
  const benchStorage = new LocalFileStorage(mkdtempSync(path.join(tmpdir(), "zhicheng-bench-files-")));
  const callerOf = async (n: number) =>
    createCaller({ db, storage: benchStorage, user: await loadSessionUser(db, applicants[n].userId) });
  const paperState = await Promise.all(
    applicants.map(async (a, n) => {
      const form = await (await callerOf(n)).applicationForm.get({ applicationId: a.applicationId });
      const paper = form.entries.papers.find((e) => e.id === a.paperId)!;
      return { version: paper.version, data: paper.data };
    }),
  );

  const operations = {
    "baseline: SELECT 1": async () => db.$queryRaw`SELECT 1`,
    "applicationForm.get (whole form)": async (n: number) =>
      (await callerOf(n)).applicationForm.get({ applicationId: applicants[n].applicationId }),
    "applicationForm.updateEntry (paper)": async (n: number, i: number) => {
      const state = paperState[n];
      const saved = await (await callerOf(n)).applicationForm.updateEntry({
        applicationId: applicants[n].applicationId,
        module: "papers",
        entryId: applicants[n].paperId,
        version: state.version,
        data: { ...state.data, title: `论文（第${i}次修改）` },
      });
      state.version = saved.version;
    },
  };

  const samples: Sample[] = [];
  for (const [name, run] of Object.entries(operations)) {
    await measure(name, CONCURRENT_USERS, 1, (user, i) => run(user, i));
    samples.push(await measure(name, 1, SEQUENTIAL_SAMPLES, (_, i) => run(i % APPLICANTS, i)));
    samples.push(await measure(name, CONCURRENT_USERS, PER_CONCURRENT_USER, (user, i) => run(user, i)));
  }

  // 提交: each call takes a fresh application (a submitted one cannot be submitted again).
  let nextToSubmit = APPLICANTS;
  const submit = async () => {
    const n = nextToSubmit++;
    await (await callerOf(n)).submission.submit({ applicationId: applicants[n].applicationId, promise: true });
  };
  await measure("warm-up", 1, SUBMIT_WARMUP, submit);
  samples.push(await measure("submission.submit (whole application)", 1, SUBMIT_SEQUENTIAL, submit));
  samples.push(await measure("submission.submit (whole application)", SUBMIT_USERS, SUBMIT_PER_USER, submit));
  const submitted = await db.application.count({ where: { status: "SUBMITTED" } });
  if (submitted !== submitting) throw new Error(`expected ${submitting} submitted applications, found ${submitted}`);

  console.log(`
applicationForm bench — ${bench.backend}
${APPLICANTS + submitting} applicants, each a draft with all 7 sections and ${ENTRIES_PER_MODULE} entries in every entry module (2 破格推荐专家),
the files 数据验证信息 asks for, and a binding to the unit; seeded in ${(seededMs / 1000).toFixed(1)} s. Each virtual user works on
its own application (form operations on the first ${APPLICANTS}; each 提交 on a fresh one). 提交 runs every 数据验证信息 rule,
writes the snapshot (${ENTRIES_PER_MODULE} entries per module, ~40 file rows) and the first flow event.
Calls go through the tRPC caller (createCaller) with the context (session user) loaded per call, as
HTTP requests are served, minus the transport. The same operations over HTTP against the built server follow (scripts/bench/http.ts).
`);
  console.log(table(samples));
  console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} finally {
  await bench.close();
}
