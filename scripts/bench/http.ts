import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildIfStale } from "../build-if-stale";
import { measure, type Sample, table } from "./measure";
import { type BenchServer, startBenchServer } from "./server";

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

buildIfStale();

const dataDir = mkdtempSync(path.join(tmpdir(), "zhicheng-bench-"));
let server: BenchServer | undefined;
try {
  server = await startBenchServer({ port: PORT, dataDir, applicants: APPLICANTS, entries: ENTRIES_PER_MODULE });
  const { applicants, cookies, base, certificatePath } = server;
  const trpcGet = async (n: number, procedure: string, input: unknown) => {
    const res = await fetch(
      `${base}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`,
      {
        headers: { cookie: cookies[n] },
      },
    );
    if (!res.ok) throw new Error(`${procedure}: HTTP ${res.status}`);
    return ((await res.json()) as { result: { data: { json: unknown } } }).result.data.json;
  };
  const trpcPost = async (n: number, procedure: string, input: unknown) => {
    const res = await fetch(`${base}/api/trpc/${procedure}`, {
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
      const res = await fetch(`${base}/api/health`);
      await res.arrayBuffer();
    },
    "HTTP GET /certificates/verify (the QR code's page)": async () => {
      const res = await fetch(`${base}${certificatePath}`);
      const html = await res.text();
      if (!res.ok || !html.includes("签名验证通过")) throw new Error(`verification page: HTTP ${res.status}`);
    },
    "HTTP applicationForm.get (whole form)": (n) =>
      trpcGet(n, "applicationForm.get", { applicationId: applicants[n].applicationId }),
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
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
