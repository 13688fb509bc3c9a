import { type BusinessFormKind, businessFormLabel, businessForms } from "../../src/lib/business-forms/business-forms";
import { loadSessionUser } from "../../src/server/auth/session-user";
import { renderBusinessForm } from "../../src/server/domain/business-forms/render-business-form";
import { openBenchDb } from "./bench-db";
import { measure, percentile, type Sample, table } from "./measure";
import { seedApplicants } from "./seed";

/**
 * `npm run bench:pdf` (part of `npm run bench`): p50/p95 and size of each 业务表册 PDF of a full
 * application (every section, 12 entries in every entry module, two 破格推荐专家), generated as
 * the route does — the content loaded under the access rule, laid out, the fonts subset — minus
 * HTTP. The first PDF of a process also reads and parses the two 10 MB fonts; it is reported apart.
 * Goal (issue 10): p95 ≤ 200 ms and ≤ 300 KB.
 */
const SAMPLES = 100;
const CONCURRENT_USERS = 4;
const GOAL = { p95Ms: 200, bytes: 300 * 1024 };

const bench = await openBenchDb();
try {
  const { db } = bench;
  const [applicant] = await seedApplicants(db, 1, 12);
  const user = await loadSessionUser(db, applicant.userId);
  if (!user) throw new Error("the seeded applicant cannot be loaded");
  const render = (kind: BusinessFormKind) => renderBusinessForm(db, user, applicant.applicationId, kind);

  const coldStarted = performance.now();
  await render("summary");
  const coldMs = performance.now() - coldStarted;

  const samples: Sample[] = [];
  const facts: string[] = [];
  let met = true;
  for (const { kind } of businessForms) {
    // The table pads names by character count, so they stay ASCII there.
    const name = `business form: ${kind}`;
    const { bytes } = await render(kind);
    const cpu = process.cpuUsage();
    const sample = await measure(name, 1, SAMPLES, () => render(kind));
    const { user: userMicros, system } = process.cpuUsage(cpu);
    samples.push(sample, await measure(name, CONCURRENT_USERS, SAMPLES / CONCURRENT_USERS, () => render(kind)));
    met &&= percentile(sample.latencies, 95) <= GOAL.p95Ms && bytes.length <= GOAL.bytes;
    // CPU time says what a PDF costs whatever else the machine is doing (wall time does not).
    const cpuMs = (userMicros + system) / 1000 / SAMPLES;
    facts.push(
      `${kind} = ${businessFormLabel(kind)}: ${(bytes.length / 1024).toFixed(1)} KB, ${cpuMs.toFixed(1)} ms CPU a PDF`,
    );
  }

  console.log(`
业务表册 bench — ${bench.backend}
One application with every section and 12 entries in every entry module (2 破格推荐专家), as the route
generates it (content under the access rule, layout, font subsets), without HTTP.
First PDF of the process (reads and parses both fonts): ${coldMs.toFixed(0)} ms.
${facts.join("\n")}
`);
  console.log(table(samples));
  console.log(`\nGoal p95 ≤ ${GOAL.p95Ms} ms and ≤ ${GOAL.bytes / 1024} KB at 1 user: ${met ? "met" : "NOT met"}.`);
} finally {
  await bench.close();
}
