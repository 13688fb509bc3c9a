import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";

export const MEMORY_DATA_DIR = "memory://";

// Idempotent so that the seed script and the provider can both open the store first.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS idp_account (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  id_card_number text NOT NULL UNIQUE,
  mobile text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- Data folders from before sign-in delays replaced the lockout still carry its columns.
ALTER TABLE idp_account DROP COLUMN IF EXISTS failed_login_count, DROP COLUMN IF EXISTS locked_until;
-- Sign-ins older than the last password change no longer count (src/idp/oidc/provider.ts).
ALTER TABLE idp_account ADD COLUMN IF NOT EXISTS password_changed_at timestamptz;
-- oidc-provider's sessions, grants, interactions, codes and tokens (src/idp/store/oidc-adapter.ts).
CREATE TABLE IF NOT EXISTS idp_oidc_model (
  model text NOT NULL,
  id text NOT NULL,
  payload jsonb NOT NULL,
  grant_id text,
  uid text,
  user_code text,
  expires_at timestamptz,
  consumed_at timestamptz,
  PRIMARY KEY (model, id)
);
CREATE INDEX IF NOT EXISTS idp_oidc_model_grant ON idp_oidc_model (grant_id);
CREATE INDEX IF NOT EXISTS idp_oidc_model_uid ON idp_oidc_model (uid);
DELETE FROM idp_oidc_model WHERE expires_at <= now();
CREATE TABLE IF NOT EXISTS idp_secret (
  name text PRIMARY KEY,
  value jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
`;

/** Opens (creating if needed) the provider's own PGlite database. One process at a time. */
export async function openDatabase(dataDir: string): Promise<PGlite> {
  let location = dataDir;
  if (dataDir !== MEMORY_DATA_DIR) {
    location = resolve(dataDir);
    mkdirSync(location, { recursive: true });
  }
  const db = await PGlite.create(location);
  await db.exec(SCHEMA);
  return db;
}
