import "server-only";
import { createPrivateKey, type KeyObject } from "node:crypto";
import { readFile } from "node:fs/promises";
import forge from "node-forge";
import { env } from "@/env";
import { ensureLocalAuthority, type Pkcs12Source } from "./local-authority";

/**
 * Who signs the certificate PDFs (电子签章): a private key and the X.509 certificate that names
 * the issuing authority, with the certificates that issued it.
 */
export type SigningIdentity = {
  /** The private key, held by Node's crypto (OpenSSL), which signs in a fraction of forge's time. */
  key: KeyObject;
  /** The certificate of `key`. */
  certificate: forge.pki.Certificate;
  /**
   * Every certificate of the PKCS#12, the signing one first: all go into each signature, so a
   * reader can follow the chain to a CA it trusts.
   */
  chain: forge.pki.Certificate[];
  /**
   * The certificate a reader is asked to trust: the top of the chain of issuers — the local CA, or
   * the root (or highest issuer) the authority's PKCS#12 carries.
   */
  trustAnchor: forge.pki.Certificate;
  /** Where the signer is, for the signature's /Location: the certificate's locality, province or country. */
  location: string;
  /** Where the identity came from, for messages: the configured file, or the local CA's folder. */
  origin: string;
};

/** The PKCS#12 configured for production cannot be used; the message names the variable to fix. */
export class SigningConfigurationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "SigningConfigurationError";
  }
}

function bags(p12: forge.pkcs12.Pkcs12Pfx, bagType: string): forge.pkcs12.Bag[] {
  return p12.getBags({ bagType })[bagType] ?? [];
}

function attribute(certificate: forge.pki.Certificate, name: string): string | undefined {
  const value = certificate.subject.getField(name)?.value;
  return typeof value === "string" ? forge.util.decodeUtf8(value) : undefined;
}

/**
 * The identity a PKCS#12 holds: its one private key (RSA: the signatures are CMS made with
 * node-forge, which knows no other kind), the certificate that matches the key, and the rest of
 * its certificates as the chain. OpenSSL 3's defaults (AES-256, PBKDF2 with HMAC-SHA256, a SHA-256
 * MAC) and the older 3DES files open alike.
 */
export function readPkcs12({ bytes, password }: Pkcs12Source, origin: string): SigningIdentity {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(bytes).toString("binary")));
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  } catch (error) {
    throw new SigningConfigurationError(
      `${origin}: not a PKCS#12 file this password opens (${(error as Error).message})`,
      { cause: error },
    );
  }
  const keys = [...bags(p12, forge.pki.oids.pkcs8ShroudedKeyBag), ...bags(p12, forge.pki.oids.keyBag)].flatMap((bag) =>
    bag.key ? [bag.key as forge.pki.rsa.PrivateKey] : [],
  );
  if (keys.length !== 1) {
    throw new SigningConfigurationError(
      `${origin}: expected one RSA private key in the PKCS#12, found ${keys.length} (an EC key cannot be read)`,
    );
  }
  const [key] = keys;
  const certificates = bags(p12, forge.pki.oids.certBag).flatMap((bag) => (bag.cert ? [bag.cert] : []));
  const certificate = certificates.find((c) => {
    const publicKey = c.publicKey as forge.pki.rsa.PublicKey;
    return publicKey.n?.equals(key.n) && publicKey.e?.equals(key.e);
  });
  if (!certificate) throw new SigningConfigurationError(`${origin}: no certificate in the PKCS#12 matches its key`);
  const path = issuersOf(certificate, certificates);
  return {
    key: createPrivateKey(forge.pki.privateKeyToPem(key)),
    certificate,
    chain: [...path, ...certificates.filter((c) => !path.includes(c))],
    trustAnchor: path[path.length - 1],
    location: attribute(certificate, "L") ?? attribute(certificate, "ST") ?? attribute(certificate, "C") ?? "CN",
    origin,
  };
}

/** `leaf` and its issuers among `certificates`, up to the root or the highest one present. */
function issuersOf(leaf: forge.pki.Certificate, certificates: forge.pki.Certificate[]): forge.pki.Certificate[] {
  const path = [leaf];
  for (;;) {
    const current = path[path.length - 1];
    if (current.isIssuer(current)) return path;
    // forge's a.isIssuer(b): b's subject is a's issuer.
    const issuer = certificates.find((c) => !path.includes(c) && current.isIssuer(c));
    if (!issuer) return path;
    path.push(issuer);
  }
}

/** Where the signing identity comes from (see `signingConfig`). */
export type SigningConfig = { kind: "pkcs12"; path: string; password: string } | { kind: "local"; dir: string };

/** The authority's PKCS#12 when CERTIFICATE_P12_PATH is set, the local CA's files otherwise. */
export function signingConfig(): SigningConfig {
  const { CERTIFICATE_P12_PATH, CERTIFICATE_P12_PASSWORD, CERTIFICATE_SIGNING_DIR } = env();
  return CERTIFICATE_P12_PATH
    ? { kind: "pkcs12", path: CERTIFICATE_P12_PATH, password: CERTIFICATE_P12_PASSWORD ?? "" }
    : { kind: "local", dir: CERTIFICATE_SIGNING_DIR };
}

export async function loadSigningIdentity(config: SigningConfig): Promise<SigningIdentity> {
  if (config.kind === "local") return readPkcs12(await ensureLocalAuthority(config.dir), config.dir);
  const origin = `CERTIFICATE_P12_PATH (${config.path})`;
  const bytes = await readFile(config.path).catch((error: NodeJS.ErrnoException) => {
    throw new SigningConfigurationError(`${origin}: cannot be read (${error.code ?? error.message})`, {
      cause: error,
    });
  });
  return readPkcs12({ bytes: new Uint8Array(bytes), password: config.password }, origin);
}

const holder = globalThis as unknown as { __zhichengSigningIdentity?: Promise<SigningIdentity> };

/**
 * The process's signing identity, loaded on first use (generating the local CA the first time on a
 * machine without a configured PKCS#12) and kept: opening a PKCS#12 derives its keys from the
 * password, which takes longer than signing a certificate.
 */
export function signingIdentity(): Promise<SigningIdentity> {
  holder.__zhichengSigningIdentity ??= loadSigningIdentity(signingConfig()).catch((error: unknown) => {
    // A wrong file or password is reported on every request until it is fixed, not cached.
    holder.__zhichengSigningIdentity = undefined;
    throw error;
  });
  return holder.__zhichengSigningIdentity;
}

/** The certificate a reader imports to trust the signatures (SigningIdentity.trustAnchor), as PEM. */
export async function signingCaCertificatePem(): Promise<string> {
  return forge.pki.certificateToPem((await signingIdentity()).trustAnchor);
}
