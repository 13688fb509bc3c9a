import type { CertificateDocument } from "../../src/lib/certificates/certificate-document";
import { renderCertificatePdf } from "../../src/server/documents/certificate/render-certificate-pdf";
import { renderSignedCertificatePdf } from "../../src/server/documents/certificate/sign-certificate-pdf";
import { signingConfig } from "../../src/server/signing/signing-identity";
import { measure, percentile, type Sample, table } from "./measure";

/**
 * `npm run bench:certificate-pdf` (part of `npm run bench`): p50/p95 and size of the certificate PDF
 * (电子职称证书) — laid out with the font subsets, the QR code and the seal, then signed with the
 * configured PKCS#12 or the local CA (generated on the first run) — and of the layout alone. The
 * first PDF of a process also reads and parses the fonts and opens the signing identity; it is
 * reported apart. Goal (issue 13): p95 ≤ 150 ms for the signed PDF.
 */
const SAMPLES = 100;
const CONCURRENT_USERS = 4;
const GOAL = { p95Ms: 150 };

const certificate = (i: number): CertificateDocument => ({
  number: `JLGC-2026-${String(i + 1).padStart(6, "0")}`,
  holderName: "王堃喆",
  maskedIdNumber: "220102********1234",
  series: "工程系列",
  specialty: "电气工程及其自动化",
  level: "正高级",
  titleName: "正高级工程师",
  committeeName: "吉林省工程技术人才高级职称评审委员会",
  issuingAuthority: "吉林省人力资源和社会保障厅",
  approvedOn: "2026年12月10日",
  issuedOn: "2026年12月20日",
  verificationCode: "K7Q2-9XJD",
  // A verification URL with a key id and an Ed25519 signature (86 characters of base64url).
  qrText: `http://localhost:3000/certificates/verify?n=JLGC-2026-${String(i + 1).padStart(6, "0")}&k=2026a&s=${"Xy9_".repeat(22)}`,
});

const config = signingConfig();
const coldStarted = performance.now();
const first = await renderSignedCertificatePdf(certificate(0));
const coldMs = performance.now() - coldStarted;

const cpu = process.cpuUsage();
const signed = await measure("certificate: render + sign", 1, SAMPLES, (_, i) =>
  renderSignedCertificatePdf(certificate(i)),
);
const { user, system } = process.cpuUsage(cpu);
const samples: Sample[] = [
  signed,
  await measure("certificate: render + sign", CONCURRENT_USERS, SAMPLES / CONCURRENT_USERS, (u, i) =>
    renderSignedCertificatePdf(certificate(u * SAMPLES + i)),
  ),
  await measure("certificate: render only", 1, SAMPLES, (_, i) => renderCertificatePdf(certificate(i))),
];
const p95 = percentile(signed.latencies, 95);

console.log(`
电子职称证书 bench — signed with ${config.kind === "pkcs12" ? `CERTIFICATE_P12_PATH (${config.path})` : `the local CA in ${config.dir}`}
One certificate PDF: layout with font subsets, QR code and seal, then the CMS signature of the file.
First PDF of the process (reads and parses the fonts, opens the signing identity): ${coldMs.toFixed(0)} ms.
Signed PDF: ${(first.length / 1024).toFixed(1)} KB, ${((user + system) / 1000 / SAMPLES).toFixed(1)} ms CPU a PDF.
`);
console.log(table(samples));
console.log(`\nGoal p95 ≤ ${GOAL.p95Ms} ms at 1 user: ${p95 <= GOAL.p95Ms ? "met" : "NOT met"}.`);
