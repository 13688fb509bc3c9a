import { createHash } from "node:crypto";
import { createReadStream, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { slotOf } from "../../src/lib/attachments/slots";
import { buildIfStale } from "../build-if-stale";
import { type BenchServer, startBenchServer } from "./server";

/**
 * `npm run bench:upload`: uploads PARALLEL files just under the largest slot limit (论文著作证明,
 * 50 MB) at the same time, over HTTP to the production server, and reports how much the server's
 * resident memory grew at its peak — which stays far below the bytes in flight because uploads
 * stream to disk. Then it drops a connection halfway through an upload and checks that neither a
 * file nor a row was left behind, and downloads one file to compare its sha256.
 */
const PARALLEL = Number(process.env.BENCH_UPLOADS ?? 8);
const PORT = Number(process.env.BENCH_PORT ?? 3901);
const MB = 1024 * 1024;
const SIZE = slotOf("PAPER_PROOF").maxBytes - MB;

buildIfStale();

const work = mkdtempSync(path.join(tmpdir(), "zhicheng-bench-upload-"));
const dataDir = path.join(work, "pglite");
const storageDir = path.join(work, "files");
let server: BenchServer | undefined;
try {
  // A real PDF's first bytes (the type is sniffed from them), then filler up to SIZE.
  const file = path.join(work, "paper.pdf");
  const head = readFileSync("tests/fixtures/files/document.pdf");
  writeFileSync(file, Buffer.concat([head, Buffer.alloc(SIZE - head.length, 0x20)]));
  const fileSha = createHash("sha256").update(readFileSync(file)).digest("hex");

  server = await startBenchServer({
    port: PORT,
    dataDir,
    applicants: PARALLEL + 1,
    entries: 1,
    env: { STORAGE_DIR: storageDir },
  });
  const { base, applicants, cookies } = server;
  const target = (n: number) =>
    `${base}/api/files?applicationId=${applicants[n].applicationId}&slot=PAPER_PROOF&entryId=${applicants[n].paperId}`;

  /** One upload as a browser sends it: raw body with Content-Length, name in X-File-Name. */
  const send = (n: number, options: { abortAfter?: number } = {}) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(target(n), {
        method: "POST",
        headers: {
          cookie: cookies[n],
          "content-length": SIZE,
          "x-file-name": encodeURIComponent("论文.pdf"),
          "content-type": "application/pdf",
        },
      });
      req.on("response", (res) => {
        let body = "";
        res.on("data", (c) => {
          body += c;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on("error", reject);
      const stream = createReadStream(file, options.abortAfter ? { end: options.abortAfter } : {});
      if (options.abortAfter) {
        stream.pipe(req, { end: false });
        stream.on("end", () => setTimeout(() => req.destroy(new Error("dropped on purpose")), 200));
      } else {
        stream.pipe(req);
      }
    });

  const list = async (n: number) => {
    const input = encodeURIComponent(JSON.stringify({ json: { applicationId: applicants[n].applicationId } }));
    const res = await fetch(`${base}/api/trpc/attachment.list?input=${input}`, { headers: { cookie: cookies[n] } });
    return ((await res.json()) as { result: { data: { json: { id: string; url: string }[] } } }).result.data.json;
  };

  // Warm up the route (first request compiles nothing in production, but loads modules).
  await list(0);
  await new Promise((r) => setTimeout(r, 1000));
  const baseline = server.rss();
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, server?.rss() ?? 0);
  }, 10);
  const started = performance.now();
  const results = await Promise.all(Array.from({ length: PARALLEL }, (_, n) => send(n)));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const failed = results.filter((r) => r.status !== 201);
  if (failed.length) throw new Error(`uploads refused: ${failed.map((r) => `${r.status} ${r.body}`).join("; ")}`);

  // The bytes that came back are the bytes that went in.
  const [first] = await list(0);
  const download = await fetch(`${base}${first.url}?download=1`, { headers: { cookie: cookies[0] } });
  const downloadedSha = createHash("sha256")
    .update(Buffer.from(await download.arrayBuffer()))
    .digest("hex");

  // A connection dropped halfway: nothing may remain.
  const victim = PARALLEL;
  await send(victim, { abortAfter: Math.floor(SIZE / 2) }).catch(() => undefined);
  await new Promise((r) => setTimeout(r, 1500));
  const leftRows = (await list(victim)).length;
  const staging = readdirSync(path.join(storageDir, ".staging"));
  const storedCount = readdirSync(storageDir)
    .filter((d) => d !== ".staging")
    .flatMap((d) => readdirSync(path.join(storageDir, d))).length;

  const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
  console.log(`
Upload bench — production server (next start), local storage backend, ${PARALLEL} uploads of ${mb(SIZE)} at once
  bytes in flight:        ${mb(SIZE * PARALLEL)}
  time:                   ${seconds.toFixed(2)} s (${((SIZE * PARALLEL) / MB / seconds).toFixed(0)} MB/s on loopback)
  server RSS before:      ${mb(baseline)}
  server RSS peak:        ${mb(peak)}
  peak RSS growth:        ${mb(peak - baseline)} (${(((peak - baseline) / (SIZE * PARALLEL)) * 100).toFixed(1)}% of the bytes in flight)
  download sha256 match:  ${downloadedSha === fileSha ? "yes" : "NO"}
  dropped connection:     ${leftRows} rows, ${staging.length} staged parts left; ${storedCount} files stored (expected ${PARALLEL})
`);
  if (downloadedSha !== fileSha || leftRows !== 0 || staging.length !== 0 || storedCount !== PARALLEL)
    process.exitCode = 1;
} finally {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
}
