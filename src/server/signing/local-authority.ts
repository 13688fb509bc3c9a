import "server-only";
import { generateKeyPair, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import forge from "node-forge";

/**
 * The files of the local signing identity, generated where no authority's PKCS#12 is configured
 * (development, demos, tests): the local CA's certificate, which a reader imports to trust the
 * signatures, and the signing key with its certificate chain as a PKCS#12 opened by the password
 * beside it.
 */
export const LOCAL_SIGNING_FILES = {
  caCertificate: "local-ca.pem",
  p12: "local-signing.p12",
  password: "local-signing.password",
} as const;

/** What a PKCS#12 is opened with: its bytes and its password. */
export type Pkcs12Source = { bytes: Uint8Array; password: string };

const CA_NAME = "本地测试CA";
const ORGANISATION = "职称申报评审及证书管理系统（本地测试）";
const SIGNER_NAME = "电子职称证书签章（本地测试）";
const YEAR_MS = 365 * 24 * 3600 * 1000;

/** A distinguished name in UTF-8 (forge writes PrintableString otherwise, which cannot hold Chinese). */
function distinguishedName(commonName: string): forge.pki.CertificateField[] {
  const utf8 = (name: string, value: string) => ({
    name,
    value,
    // forge's types call it a class; it is the value's tag (12, UTF8String).
    valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class,
  });
  return [{ name: "countryName", value: "CN" }, utf8("organizationName", ORGANISATION), utf8("commonName", commonName)];
}

/**
 * A fresh RSA key pair made by Node's crypto (OpenSSL) off the main thread: a 3072-bit key takes a
 * second or two, which the server's first request should not spend blocked, and forge's own
 * generator far longer.
 */
async function rsaKeyPair(bits: number) {
  const { privateKey } = await promisify(generateKeyPair)("rsa", { modulusLength: bits });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: "pkcs1", format: "pem" }).toString());
  return { privateKey: key, publicKey: forge.pki.setRsaPublicKey(key.n, key.e) };
}

function serialNumber(): string {
  // Positive (high bit clear) and unique: 16 random bytes, as RFC 5280 asks of a CA.
  const bytes = randomBytes(16);
  bytes[0] &= 0x7f;
  return bytes.toString("hex");
}

/**
 * A self-signed CA (「本地测试CA」) and the signing certificate it issues (key usage
 * digitalSignature and nonRepudiation, as a document signature needs), valid from `now`.
 * The CA's private key is not returned: once it has issued the signing certificate nothing needs
 * it, and a key that no longer exists cannot issue a certificate anyone would trust.
 */
export async function createLocalAuthority(now = new Date()): Promise<{ caCertificatePem: string; p12: Pkcs12Source }> {
  const notBefore = new Date(now.getTime() - 60_000);
  const [ca, signer] = await Promise.all([rsaKeyPair(3072), rsaKeyPair(2048)]);
  const caCertificate = forge.pki.createCertificate();
  caCertificate.publicKey = ca.publicKey;
  caCertificate.serialNumber = serialNumber();
  caCertificate.validity.notBefore = notBefore;
  caCertificate.validity.notAfter = new Date(now.getTime() + 20 * YEAR_MS);
  caCertificate.setSubject(distinguishedName(CA_NAME));
  caCertificate.setIssuer(distinguishedName(CA_NAME));
  caCertificate.setExtensions([
    { name: "basicConstraints", cA: true, critical: true },
    { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
    { name: "subjectKeyIdentifier" },
  ]);
  caCertificate.sign(ca.privateKey, forge.md.sha256.create());

  const certificate = forge.pki.createCertificate();
  certificate.publicKey = signer.publicKey;
  certificate.serialNumber = serialNumber();
  certificate.validity.notBefore = notBefore;
  certificate.validity.notAfter = new Date(now.getTime() + 10 * YEAR_MS);
  certificate.setSubject(distinguishedName(SIGNER_NAME));
  certificate.setIssuer(caCertificate.subject.attributes);
  certificate.setExtensions([
    { name: "basicConstraints", cA: false, critical: true },
    { name: "keyUsage", digitalSignature: true, nonRepudiation: true, critical: true },
    { name: "subjectKeyIdentifier" },
    { name: "authorityKeyIdentifier", keyIdentifier: caCertificate.generateSubjectKeyIdentifier().getBytes() },
  ]);
  certificate.sign(ca.privateKey, forge.md.sha256.create());

  const password = randomBytes(24).toString("base64url");
  // AES-256 key encryption (forge's MAC is HMAC-SHA1): what OpenSSL 3 opens without its legacy provider.
  const asn1 = forge.pkcs12.toPkcs12Asn1(signer.privateKey, [certificate, caCertificate], password, {
    algorithm: "aes256",
    friendlyName: SIGNER_NAME,
  });
  const bytes = new Uint8Array(Buffer.from(forge.asn1.toDer(asn1).getBytes(), "binary"));
  return { caCertificatePem: forge.pki.certificateToPem(caCertificate), p12: { bytes, password } };
}

async function readLocalFiles(dir: string): Promise<Pkcs12Source> {
  const [bytes, password] = await Promise.all([
    readFile(path.join(dir, LOCAL_SIGNING_FILES.p12)),
    readFile(path.join(dir, LOCAL_SIGNING_FILES.password), "utf8"),
  ]);
  return { bytes: new Uint8Array(bytes), password: password.trim() };
}

const notFound = (error: unknown) => (error as NodeJS.ErrnoException).code === "ENOENT";

/**
 * The local signing identity in `dir`, generated into it on first use. The files are written into
 * a fresh folder that is then renamed to `dir`: a rename is atomic, so two processes starting at
 * once cannot mix their files — the second one's rename fails on the existing folder, and it
 * reads the first one's.
 */
export async function ensureLocalAuthority(dir: string): Promise<Pkcs12Source> {
  try {
    return await readLocalFiles(dir);
  } catch (error) {
    if (!notFound(error)) throw error;
  }
  const { caCertificatePem, p12 } = await createLocalAuthority();
  const staging = `${dir}.${randomBytes(6).toString("hex")}.tmp`;
  await mkdir(staging, { recursive: true, mode: 0o700 });
  try {
    await writeFile(path.join(staging, LOCAL_SIGNING_FILES.caCertificate), caCertificatePem, { mode: 0o644 });
    await writeFile(path.join(staging, LOCAL_SIGNING_FILES.p12), p12.bytes, { mode: 0o600 });
    await writeFile(path.join(staging, LOCAL_SIGNING_FILES.password), `${p12.password}\n`, { mode: 0o600 });
    await rename(staging, dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOTEMPTY" && error.code !== "EEXIST") throw error;
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return readLocalFiles(dir);
}
