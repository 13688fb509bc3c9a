import { generateKeyPairSync, randomBytes, randomUUID } from "node:crypto";
import type { PGlite } from "@electric-sql/pglite";
import type { JWK } from "oidc-provider";

export interface ProviderSecrets {
  /** Private signing keys; only their public halves are published at /jwks. */
  jwks: { keys: JWK[] };
  /** Keygrip keys for signed cookies; the first one signs. */
  cookieKeys: string[];
}

function newSigningKey(): JWK {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { ...(privateKey.export({ format: "jwk" }) as JWK), kid: randomUUID(), use: "sig", alg: "RS256" };
}

const newCookieKey = () => randomBytes(32).toString("base64url");

async function loadOrCreate<T>(db: PGlite, name: string, create: () => T): Promise<T> {
  const read = async () =>
    (await db.query<{ value: T }>("SELECT value FROM idp_secret WHERE name = $1", [name])).rows[0]?.value;
  const found = await read();
  if (found !== undefined) return found;
  // ON CONFLICT keeps the first writer's value, so a racing first start still ends up with one key set.
  await db.query("INSERT INTO idp_secret (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING", [
    name,
    JSON.stringify(create()),
  ]);
  const stored = await read();
  if (stored === undefined) throw new Error(`secret ${name} could not be stored`);
  return stored;
}

/** Keys survive restarts so issued ID tokens and browser sessions stay valid across them. */
export async function loadOrCreateSecrets(db: PGlite): Promise<ProviderSecrets> {
  const jwks = await loadOrCreate(db, "jwks", () => ({ keys: [newSigningKey()] }));
  const cookieKeys = await loadOrCreate(db, "cookie_keys", () => [newCookieKey(), newCookieKey()]);
  return { jwks, cookieKeys };
}
