import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import forge from "node-forge";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "@/env";
import type { CertificateDocument } from "@/lib/certificates/certificate-document";
import { renderSignedCertificatePdf } from "@/server/documents/certificate/sign-certificate-pdf";
import { ensureLocalAuthority, LOCAL_SIGNING_FILES } from "@/server/signing/local-authority";
import {
  loadSigningIdentity,
  SigningConfigurationError,
  signingCaCertificatePem,
  signingConfig,
} from "@/server/signing/signing-identity";
import { pdfSignatures, popplerMissing } from "../helpers/poppler";

/**
 * The issuing authority's own PKCS#12, made here by OpenSSL as a CA's tools make one: a self-signed
 * certificate naming the authority in UTF-8, and its key.
 */
const work = mkdtempSync(path.join(tmpdir(), "zhicheng-p12-"));
const authority = "吉林省人力资源和社会保障厅";
const password = "p12 Secret-2026!";
const openssl = (...args: string[]) => execFileSync("openssl", args, { cwd: work, stdio: ["ignore", "pipe", "pipe"] });
const opensslMissing = (() => {
  try {
    openssl("version");
    return null;
  } catch {
    return "openssl missing: apt-get install openssl";
  }
})();

/** The PKCS#12 files OpenSSL writes: its defaults, and the 3DES/SHA-1 files older tools export. */
const p12Files = { aes: "authority-aes.p12", tripleDes: "authority-3des.p12" };
beforeAll(() => {
  if (opensslMissing) return;
  openssl(
    ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30", "-utf8"],
    ...["-subj", `/C=CN/ST=吉林省/L=长春市/O=${authority}/CN=${authority}`],
    ...["-addext", "keyUsage=critical,digitalSignature,nonRepudiation", "-keyout", "key.pem", "-out", "cert.pem"],
  );
  const pack = ["pkcs12", "-export", "-inkey", "key.pem", "-in", "cert.pem", "-passout", `pass:${password}`];
  openssl(...pack, "-out", p12Files.aes);
  openssl(
    ...pack,
    "-certpbe",
    "PBE-SHA1-3DES",
    "-keypbe",
    "PBE-SHA1-3DES",
    "-macalg",
    "sha1",
    "-out",
    p12Files.tripleDes,
  );
  process.env.CERTIFICATE_P12_PATH = path.join(work, p12Files.aes);
  process.env.CERTIFICATE_P12_PASSWORD = password;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const certificate: CertificateDocument = {
  number: "JLGC-2026-000018",
  holderName: "李明",
  maskedIdNumber: "220104********0021",
  series: "工程系列",
  specialty: "",
  level: "副高级",
  titleName: "高级工程师",
  committeeName: "吉林省工程技术人才高级职称评审委员会",
  issuingAuthority: authority,
  approvedOn: "2026年12月10日",
  issuedOn: "2026年12月20日",
  verificationCode: "M3P8-2KQW",
  qrText: "http://localhost:3000/certificates/verify?n=JLGC-2026-000018",
};

const usesTools = (popplerMissing || opensslMissing) && process.env.CI !== "true" ? describe.skip : describe;

usesTools("the issuing authority's PKCS#12 (CERTIFICATE_P12_PATH)", () => {
  it("signs the certificates instead of the local CA when it is set", async () => {
    expect(signingConfig()).toEqual({ kind: "pkcs12", path: path.join(work, p12Files.aes), password });
    const report = pdfSignatures(await renderSignedCertificatePdf(certificate));
    expect(report).toContain(`Signer Certificate Common Name: ${authority}`);
    expect(report).toContain("Signature Validation: Signature is Valid.");
    expect(report).toContain("Total document signed");
    // Its certificate is the one a reader is asked to trust (self-signed: it is its own root).
    const pem = (text: string) => forge.pki.pemToDer(text).toHex();
    expect(pem(await signingCaCertificatePem())).toBe(pem(readFileSync(path.join(work, "cert.pem"), "utf8")));
  });

  it("opens OpenSSL's defaults (AES-256, HMAC-SHA256) and older 3DES/SHA-1 files alike", async () => {
    for (const file of Object.values(p12Files)) {
      const identity = await loadSigningIdentity({ kind: "pkcs12", path: path.join(work, file), password });
      expect(forge.util.decodeUtf8(String(identity.certificate.subject.getField("CN").value))).toBe(authority);
      expect(identity.location).toBe("长春市");
    }
  });

  it("names the variable to fix when the file cannot be read or the password does not open it", async () => {
    const wrong = loadSigningIdentity({ kind: "pkcs12", path: path.join(work, p12Files.aes), password: "wrong" });
    await expect(wrong).rejects.toBeInstanceOf(SigningConfigurationError);
    await expect(wrong).rejects.toThrow(
      /^CERTIFICATE_P12_PATH \(.*authority-aes\.p12\): not a PKCS#12 file this password opens/,
    );
    const missing = loadSigningIdentity({ kind: "pkcs12", path: path.join(work, "none.p12"), password });
    await expect(missing).rejects.toThrow(/^CERTIFICATE_P12_PATH \(.*none\.p12\): cannot be read \(ENOENT\)/);
  });
});

describe("signing configuration", () => {
  it("refuses a PKCS#12 path without its password or with one forge cannot open; else generates into .data/signing", () => {
    expect(() => parseEnv({ CERTIFICATE_P12_PATH: "/etc/zhicheng/authority.p12" })).toThrow(
      /CERTIFICATE_P12_PASSWORD: CERTIFICATE_P12_PASSWORD is required with CERTIFICATE_P12_PATH/,
    );
    expect(() => parseEnv({ CERTIFICATE_P12_PATH: "/etc/a.p12", CERTIFICATE_P12_PASSWORD: "证书密码" })).toThrow(
      /CERTIFICATE_P12_PASSWORD must be printable ASCII/,
    );
    expect(parseEnv({}).CERTIFICATE_SIGNING_DIR).toBe(".data/signing");
  });

  it("generates the local CA once, even when asked for it several times at once (the first rename wins)", async () => {
    const dir = path.join(work, "local");
    const sources = await Promise.all(Array.from({ length: 3 }, () => ensureLocalAuthority(dir)));
    for (const source of sources) expect(source).toEqual(sources[0]);
    expect(readdirSync(dir).sort()).toEqual(Object.values(LOCAL_SIGNING_FILES).sort());
    // Nothing is left of the losers' attempts beside it.
    expect(readdirSync(work).filter((name) => name.startsWith("local"))).toEqual(["local"]);
    expect(await ensureLocalAuthority(dir)).toEqual(sources[0]);
  });
});
