import { readVerificationParams, verificationUrl } from "../../src/lib/certificates/verification-url";
import { maskIdCard } from "../../src/lib/mask";
import { signedColumnsOf } from "../../src/server/domain/certificates/certificate-fields";
import { signCertificate } from "../../src/server/domain/certificates/certificate-signature";
import { generateCertificateKeyRing, parseCertificateKeyRing } from "../../src/server/domain/certificates/signing-keys";
import { verifyCertificate } from "../../src/server/domain/certificates/verify-certificate";
import { openBenchDb } from "./bench-db";
import { measure, percentile, table } from "./measure";

/**
 * `npm run bench:certificate-verify`: the verification page's work (the page a certificate's QR code
 * opens) — its URL read, the certificate found by number, the Ed25519 signature checked against
 * the printed fields — over 10 000 certificates, at 1 and 20 concurrent visitors, on in-memory
 * PGlite or the PostgreSQL server of BENCH_DATABASE_URL. Exits non-zero when p95 at 1 visitor
 * exceeds 30 ms.
 */
const CERTIFICATES = 10_000;
const TARGET_P95_MS = 30;

const bench = await openBenchDb();
try {
  const { db } = bench;
  const keys = parseCertificateKeyRing(generateCertificateKeyRing("bench-1"));
  const department = await db.department.create({ data: { name: "压测主管部门" } });
  const committee = await db.reviewCommittee.create({
    data: { name: "压测评委会", code: "YCPW", series: "ENGINEERING", departmentId: department.id },
  });
  const unit = await db.unit.create({
    data: { name: "压测单位", creditCode: "91220101MA00000017", departmentId: department.id },
  });
  const publisher = await db.user.create({ data: { name: "通知起草人" } });
  const notice = await db.notice.create({
    data: {
      title: "压测申报通知",
      body: "申报注意事项",
      series: "ENGINEERING",
      levels: ["SUB_SENIOR"],
      departmentId: department.id,
      committeeId: committee.id,
      startsAt: new Date("2026-01-01T00:00:00Z"),
      endsAt: new Date("2026-02-01T00:00:00Z"),
      createdById: publisher.id,
    },
  });
  // People and their applications by SQL, as the review-queue bench seeds; the certificates are
  // signed here, each with its own signature.
  await db.$executeRaw`
    INSERT INTO "User" (id, name, "idCardNumber", "updatedAt")
    SELECT 'bench-user-' || i, '持证人' || i, '2201021985010' || lpad(i::text, 5, '0'), now()
    FROM generate_series(1, ${CERTIFICATES}) AS i`;
  await db.$executeRaw`
    INSERT INTO "Application" (id, "applicantId", "noticeId", "unitId", "unitSnapshot", "updatedAt")
    SELECT 'bench-app-' || i, 'bench-user-' || i, ${notice.id}, ${unit.id}, '{}'::jsonb, now()
    FROM generate_series(1, ${CERTIFICATES}) AS i`;
  const rows = Array.from({ length: CERTIFICATES }, (_, index) => {
    const i = index + 1;
    const idCardNumber = `2201021985010${String(i).padStart(5, "0")}`;
    const fields = {
      number: `YCPW-2026-${String(i).padStart(6, "0")}`,
      holderName: `持证人${i}`,
      maskedIdNumber: maskIdCard(idCardNumber),
      series: "工程系列",
      specialty: "电气工程",
      level: "副高级",
      titleName: "高级工程师",
      committeeName: committee.name,
      issuingAuthority: "吉林省人力资源和社会保障厅",
      approvedOn: "2026-10-08",
    };
    const { keyId, signature } = signCertificate(fields, keys);
    return {
      ...signedColumnsOf(fields, { keyId, signature }),
      applicationId: `bench-app-${i}`,
      holderId: `bench-user-${i}`,
      holderIdCardNumber: idCardNumber,
      committeeId: committee.id,
      issuedAt: new Date("2026-10-08T02:00:00Z"),
    };
  });
  for (let i = 0; i < rows.length; i += 1000) await db.certificate.createMany({ data: rows.slice(i, i + 1000) });
  if (bench.backend.startsWith("PostgreSQL")) await db.$executeRawUnsafe(`VACUUM ANALYZE "Certificate"`);

  const urls = rows.map((row) => new URL(verificationUrl("https://zc.example.gov.cn", row)));
  const visit = async (n: number) => {
    const url = urls[n % urls.length];
    const result = await verifyCertificate(db, readVerificationParams(Object.fromEntries(url.searchParams)), keys);
    if (result.outcome !== "checked" || result.signature !== "valid") throw new Error(`${url} did not verify`);
  };
  for (let i = 0; i < 50; i += 1) await visit(i * 97);
  const samples = [
    await measure("certificate verification (QR page)", 1, 500, (_, i) => visit(i * 7919)),
    await measure("certificate verification (QR page)", 20, 50, (user, i) => visit(user * 1000 + i * 13)),
  ];
  console.log(`\nCertificate verification on ${bench.backend}, ${CERTIFICATES} certificates:\n`);
  console.log(table(samples));
  const p95 = percentile(samples[0].latencies, 95);
  if (p95 > TARGET_P95_MS) {
    console.error(`\np95 at 1 visitor is ${p95.toFixed(1)} ms, over the ${TARGET_P95_MS} ms goal`);
    process.exitCode = 1;
  }
} finally {
  await bench.close();
}
