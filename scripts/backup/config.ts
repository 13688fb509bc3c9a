import { existsSync } from "node:fs";
import path from "node:path";
import { parseEnv } from "../../src/env";
import { type DatabaseTarget, databaseTargetFromEnv } from "../../src/server/db/adapter";

/** What a backup takes and a restore writes, from the same configuration the server runs with. */
export type BackupConfig = {
  database: DatabaseTarget;
  /** STORAGE_DIR: the local backend's files (and the staging folder of either backend). */
  storageDir: string;
  /** Set when STORAGE_BACKEND=uploadthing: used by a restore to check the files held there. */
  uploadthingToken: string | null;
  /** The built-in identity platform's store (embedded setup); null with an external platform. */
  idpDataDir: string | null;
  /** `.data/local-secrets.json`, which `npm start` writes for the embedded setup (taken when it exists). */
  localSecretsFile: string | null;
};

export const LOCAL_SECRETS_FILE = ".data/local-secrets.json";

/**
 * Reads `.env` as `npm start` does. The built-in identity platform belongs to the backup under the
 * same rule that makes `npm start` run it (no OIDC_ISSUER, or BUILTIN_IDP=1), and so do the local
 * secrets when they exist: the embedded setup's OIDC client secret must match the platform's.
 */
export function backupConfigFromEnv(source: NodeJS.ProcessEnv = process.env): BackupConfig {
  if (source === process.env && existsSync(".env")) process.loadEnvFile(".env");
  const config = parseEnv(source);
  const builtinIdp = !source.OIDC_ISSUER || source.BUILTIN_IDP === "1";
  return {
    database: databaseTargetFromEnv(source),
    storageDir: path.resolve(config.STORAGE_DIR),
    uploadthingToken: config.STORAGE_BACKEND === "uploadthing" ? (config.UPLOADTHING_TOKEN ?? null) : null,
    idpDataDir: builtinIdp ? path.resolve(source.IDP_DATA_DIR || ".data/idp") : null,
    localSecretsFile: path.resolve(LOCAL_SECRETS_FILE),
  };
}
