import type { ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { encode } from "next-auth/jwt";
import { PrismaClient } from "../../src/generated/prisma/client";
import { openAdapter } from "../../src/server/db/adapter";
import { generateCertificateKeyRing } from "../../src/server/domain/certificates/signing-keys";
import { applyMigrations } from "../db/schema-engine";
import { spawnGroup, stopGroup } from "../process-group";
import { type BenchApplicant, seedApplicants } from "./seed";

const SECRET = "bench-secret-bench-secret-bench-secret!";

export type BenchServer = {
  base: string;
  applicants: BenchApplicant[];
  /** A real next-auth session cookie of applicant n, encrypted with the server's secret. */
  cookies: string[];
  /** Resident memory of the server's whole process group, in bytes (Linux /proc). */
  rss(): number;
  stop(): Promise<void>;
};

/**
 * The production server (`next start`, built beforehand) on a migrated, seeded PGlite folder, for
 * the HTTP benchmarks: `applicants` people with a draft each, `entries` entries in every module.
 */
export async function startBenchServer(options: {
  port: number;
  dataDir: string;
  applicants: number;
  entries: number;
  env?: Record<string, string>;
}): Promise<BenchServer> {
  const base = `http://127.0.0.1:${options.port}`;
  const adapter = openAdapter({ kind: "pglite", dataDir: options.dataDir });
  await applyMigrations(adapter.factory);
  const db = new PrismaClient({ adapter: adapter.factory });
  const applicants = await seedApplicants(db, options.applicants, options.entries);
  // A session cookie names an open UserSession row, as after a real sign-in.
  const sessions = await Promise.all(applicants.map((a) => db.userSession.create({ data: { userId: a.userId } })));
  await db.$disconnect();
  await adapter.close();

  const server: ChildProcess = spawnGroup("npx", ["next", "start", "-p", String(options.port)], {
    stdio: "ignore",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      APP_URL: base,
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: SECRET,
      CERTIFICATE_SIGNING_KEYS: generateCertificateKeyRing("bench"),
      OIDC_CLIENT_SECRET: "bench",
      PGLITE_DATA_DIR: options.dataDir,
      DATABASE_URL: "",
      IDP_TEST_HOOKS: "",
      ...options.env,
    },
  });
  const stop = async () => {
    stopGroup(server);
    await new Promise((r) => setTimeout(r, 500));
  };
  try {
    await waitFor(`${base}/api/health`);
  } catch (error) {
    await stop();
    throw error;
  }
  const cookies = await Promise.all(
    sessions.map(
      async (session) =>
        `next-auth.session-token=${await encode({ token: { sid: session.id, name: "bench" }, secret: SECRET, maxAge: 1800 })}`,
    ),
  );
  return { base, applicants, cookies, rss: () => groupRss(server.pid ?? -1), stop };
}

/** Sum of VmRSS over the processes of one process group. */
function groupRss(pgid: number): number {
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name (which may contain spaces): state ppid pgrp …
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${entry}/status`, "utf8"));
      if (rss) total += Number(rss[1]) * 1024;
    } catch {
      // the process ended while being read
    }
  }
  return total;
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
