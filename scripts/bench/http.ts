import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { PrismaClient } from "../../src/generated/prisma/client";
import { openAdapter } from "../../src/server/db/adapter";
import { buildIfStale } from "../build-if-stale";
import { applyMigrations } from "../db/schema-engine";
import { spawnGroup, stopGroup } from "../process-group";
import { measure, type Sample, table } from "./measure";
import { seedApplicants } from "./seed";

/**
 * Second half of `npm run bench` (alone: `npm run bench:http`): the same two operations, over
 * HTTP against the production server (`next start`) on an embedded PGlite data folder, beside a
 * bare Next.js route handler (GET /api/health) measured in the same run. Sessions are real
 * next-auth cookies, encrypted with the server's secret, so every request passes the session
 * proxy, the tRPC context and the role checks as a browser's would.
 */
const APPLICANTS = 50;
const ENTRIES_PER_MODULE = 12;
const PORT = Number(process.env.BENCH_PORT ?? 3900);
const BASE = `http://127.0.0.1:${PORT}`;
const SECRET = "bench-secret-bench-secret-bench-secret!";

buildIfStale();

const dataDir = mkdtempSync(path.join(tmpdir(), "zhicheng-bench-"));
let server: ChildProcess | undefined;
try {
  const adapter = openAdapter({ kind: "pglite", dataDir });
  await applyMigrations(adapter.factory);
  const db = new PrismaClient({ adapter: adapter.factory });
  const applicants = await seedApplicants(db, APPLICANTS, ENTRIES_PER_MODULE);
  await db.$disconnect();
  await adapter.close();

  server = spawnGroup("npx", ["next", "start", "-p", String(PORT)], {
    stdio: "ignore",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      APP_URL: BASE,
      NEXTAUTH_URL: BASE,
      NEXTAUTH_SECRET: SECRET,
      OIDC_CLIENT_SECRET: "bench",
      PGLITE_DATA_DIR: dataDir,
      DATABASE_URL: "",
      IDP_TEST_HOOKS: "",
    },
  });
  await waitFor(`${BASE}/api/health`);

  const cookies = await Promise.all(
    applicants.map(async (a) => `next-auth.session-token=${await encode({ token: { uid: a.userId, name: "bench" }, secret: SECRET, maxAge: 1800 })}`),
  );
  const trpcGet = async (n: number, procedure: string, input: unknown) => {
    const res = await fetch(`${BASE}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`, {
      headers: { cookie: cookies[n] },
    });
    if (!res.ok) throw new Error(`${procedure}: HTTP ${res.status}`);
    return ((await res.json()) as { result: { data: { json: unknown } } }).result.data.json;
  };
  const trpcPost = async (n: number, procedure: string, input: unknown) => {
    const res = await fetch(`${BASE}/api/trpc/${procedure}`, {
      method: "POST",
      headers: { cookie: cookies[n], "content-type": "application/json" },
      body: JSON.stringify({ json: input }),
    });
    if (!res.ok) throw new Error(`${procedure}: HTTP ${res.status} ${await res.text()}`);
    return ((await res.json()) as { result: { data: { json: unknown } } }).result.data.json;
  };

  type Form = { entries: { papers: { id: string; version: number; data: Record<string, unknown> }[] } };
  const papers = await Promise.all(
    applicants.map(async (a, n) => {
      const form = (await trpcGet(n, "applicationForm.get", { applicationId: a.applicationId })) as Form;
      const paper = form.entries.papers.find((e) => e.id === a.paperId)!;
      return { version: paper.version, data: paper.data };
    }),
  );

  const operations: Record<string, (n: number, i: number) => Promise<unknown>> = {
    "bare route handler GET /api/health": async () => {
      const res = await fetch(`${BASE}/api/health`);
      await res.arrayBuffer();
    },
    "HTTP applicationForm.get (whole form)": (n) => trpcGet(n, "applicationForm.get", { applicationId: applicants[n].applicationId }),
    "HTTP applicationForm.updateEntry (paper)": async (n, i) => {
      const state = papers[n];
      const saved = (await trpcPost(n, "applicationForm.updateEntry", {
        applicationId: applicants[n].applicationId,
        module: "papers",
        entryId: applicants[n].paperId,
        version: state.version,
        data: { ...state.data, title: `论文（第${i}次修改）` },
      })) as { version: number };
      state.version = saved.version;
    },
  };

  const samples: Sample[] = [];
  for (const [name, run] of Object.entries(operations)) {
    await measure(name, 50, 1, run);
    samples.push(await measure(name, 1, 200, (_, i) => run(i % APPLICANTS, i)));
    samples.push(await measure(name, 50, 5, run));
  }
  console.log(`
HTTP bench — production server (next start) on embedded PGlite, ${APPLICANTS} applicants with
${ENTRIES_PER_MODULE} entries in every entry module; client and server share this machine's 2 cores.
`);
  console.log(table(samples));
} finally {
  stopGroup(server);
  await new Promise((r) => setTimeout(r, 500));
  rmSync(dataDir, { recursive: true, force: true });
}

async function waitFor(url: string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within 60 s`);
}
