import type { ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { encode } from "next-auth/jwt";
import { PrismaClient } from "../../src/generated/prisma/client";
import { verificationUrl } from "../../src/lib/certificates/verification-url";
import { maskIdCard } from "../../src/lib/mask";
import { openAdapter } from "../../src/server/db/adapter";
import { signedColumnsOf } from "../../src/server/domain/certificates/certificate-fields";
import { signCertificate } from "../../src/server/domain/certificates/certificate-signature";
import { generateCertificateKeyRing, parseCertificateKeyRing } from "../../src/server/domain/certificates/signing-keys";
import { applyMigrations } from "../db/schema-engine";
import { spawnGroup, stopGroup } from "../process-group";
import { type BenchApplicant, seedApplicants } from "./seed";

const SECRET = "bench-secret-bench-secret-bench-secret!";

export type BenchServer = {
  base: string;
  applicants: BenchApplicant[];
  /** A real next-auth session cookie of applicant n, encrypted with the server's secret. */
  cookies: string[];
  /** The verification page of applicant 0's certificate, as its QR code carries it (path and query). */
  certificatePath: string;
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
  const keyRing = generateCertificateKeyRing("bench");
  const certificatePath = await seedCertificate(db, applicants[0], keyRing, base);
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
      CERTIFICATE_SIGNING_KEYS: keyRing,
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
  return { base, applicants, cookies, certificatePath, rss: () => groupRss(server.pid ?? -1), stop };
}

/** A certificate of `holder`'s application, signed with the server's key: what its QR code opens. */
async function seedCertificate(db: PrismaClient, holder: BenchApplicant, keyRing: string, base: string) {
  const application = await db.application.findUniqueOrThrow({
    where: { id: holder.applicationId },
    select: { applicant: { select: { name: true, idCardNumber: true } }, notice: { select: { committee: true } } },
  });
  const { committee } = application.notice;
  const idCardNumber = application.applicant.idCardNumber ?? "";
  const fields = {
    number: `${committee.code}-2026-000001`,
    holderName: application.applicant.name,
    maskedIdNumber: maskIdCard(idCardNumber),
    series: "工程系列",
    specialty: "电气工程",
    level: "副高级",
    titleName: "高级工程师",
    committeeName: committee.name,
    issuingAuthority: "吉林省人力资源和社会保障厅",
    approvedOn: "2026-10-08",
  };
  const { keyId, signature } = signCertificate(fields, parseCertificateKeyRing(keyRing));
  await db.certificate.create({
    data: {
      ...signedColumnsOf(fields, { keyId, signature }),
      applicationId: holder.applicationId,
      holderId: holder.userId,
      holderIdCardNumber: idCardNumber,
      committeeId: committee.id,
      issuedAt: new Date("2026-10-08T02:00:00Z"),
    },
  });
  const url = new URL(verificationUrl(base, { number: fields.number, keyId, signature }));
  return `${url.pathname}${url.search}`;
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
