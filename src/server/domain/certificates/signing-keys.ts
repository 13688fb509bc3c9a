import "server-only";
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";

/**
 * The certificate signing keys (Ed25519): the current one signs new certificates, every one listed
 * verifies the certificates it signed, by key id. Configured as one JSON value,
 *
 *   {"current": "2026-1", "keys": [{"kid": "2026-1", "kty": "OKP", "crv": "Ed25519", "x": "…", "d": "…"},
 *                                  {"kid": "2025-1", "kty": "OKP", "crv": "Ed25519", "x": "…"}]}
 *
 * each key a JWK (RFC 8037) with its id; `d`, the private half, is needed for the current key only.
 * Rotation: add a new key with `d`, make it current, and keep the old ones — without `d` once they
 * sign nothing more — so the certificates they signed still verify.
 */
export type CertificateKeyRing = {
  currentKeyId: string;
  privateKey: KeyObject;
  publicKeys: ReadonlyMap<string, KeyObject>;
};

export class KeyRingError extends Error {}

type Jwk = { kid?: unknown; kty?: unknown; crv?: unknown; x?: unknown; d?: unknown };

const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Reads the JSON described above; throws KeyRingError saying what is wrong with it. */
export function parseCertificateKeyRing(text: string): CertificateKeyRing {
  let value: { current?: unknown; keys?: unknown };
  try {
    value = JSON.parse(text);
  } catch {
    throw new KeyRingError('is not JSON: expected {"current": "<kid>", "keys": [<Ed25519 JWK with kid>, …]}');
  }
  if (!Array.isArray(value?.keys) || value.keys.length === 0) throw new KeyRingError("lists no keys");
  const publicKeys = new Map<string, KeyObject>();
  const privateKeys = new Map<string, KeyObject>();
  for (const jwk of value.keys as Jwk[]) {
    if (typeof jwk?.kid !== "string" || !KEY_ID.test(jwk.kid))
      throw new KeyRingError("has a key without a valid kid (letters, digits, . _ -, at most 64)");
    if (jwk.kty !== "OKP" || jwk.crv !== "Ed25519" || typeof jwk.x !== "string")
      throw new KeyRingError(`key ${jwk.kid} is not an Ed25519 JWK (kty OKP, crv Ed25519, x)`);
    if (publicKeys.has(jwk.kid)) throw new KeyRingError(`lists key ${jwk.kid} twice`);
    const x = jwk.x;
    try {
      publicKeys.set(jwk.kid, createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x }, format: "jwk" }));
      if (typeof jwk.d === "string") {
        const privateKey = createPrivateKey({ key: { kty: "OKP", crv: "Ed25519", x, d: jwk.d }, format: "jwk" });
        const derived = createPublicKey(privateKey).export({ format: "jwk" }).x;
        if (derived !== x) throw new KeyRingError(`key ${jwk.kid}: d does not belong to x`);
        privateKeys.set(jwk.kid, privateKey);
      }
    } catch (error) {
      if (error instanceof KeyRingError) throw error;
      throw new KeyRingError(`key ${jwk.kid} cannot be read as an Ed25519 key`);
    }
  }
  if (typeof value.current !== "string") throw new KeyRingError("names no current key");
  const privateKey = privateKeys.get(value.current);
  if (!privateKey) throw new KeyRingError(`current key ${value.current} is not listed with its private half (d)`);
  return { currentKeyId: value.current, privateKey, publicKeys };
}

/** A new key ring of one fresh key, as the JSON parseCertificateKeyRing reads. */
export function generateCertificateKeyRing(keyId: string): string {
  const { privateKey } = generateKeyPairSync("ed25519");
  const { x, d } = privateKey.export({ format: "jwk" });
  return JSON.stringify({ current: keyId, keys: [{ kid: keyId, kty: "OKP", crv: "Ed25519", x, d }] });
}

/** The public halves, as the JWK set GET /api/certificates/keys publishes. */
export function publicJwks(ring: CertificateKeyRing) {
  return {
    keys: [...ring.publicKeys].map(([kid, key]) => {
      const { x } = key.export({ format: "jwk" });
      return { kid, kty: "OKP", crv: "Ed25519", x, alg: "EdDSA", use: "sig" };
    }),
  };
}
