import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as tar from "tar";
import { LocalFileStorage } from "../../src/server/storage/local";
import type { FileStorage } from "../../src/server/storage/types";
import { UploadthingFileStorage } from "../../src/server/storage/uploadthing";
import type { BackupConfig } from "./config";
import {
  loadPglite,
  restorePostgres,
  rowCounts,
  type Sql,
  sha256File,
  withDatabase,
  withPglite,
  withPostgres,
} from "./database";
import { type Manifest, manifestSchema } from "./manifest";

export type RestoreReport = {
  manifest: Manifest;
  /** Attachment rows whose bytes were read back and matched the row's size and sha256. */
  verified: number;
  /** Everything that does not match: missing or differing files, row counts. */
  mismatches: string[];
  /** What could not be checked (files held at uploadthing without its token configured). */
  unverified: string[];
};

const MIGRATIONS_DIR = new URL("../../prisma/migrations/", import.meta.url);

/** Folders and files under `dir`, recursively; a missing folder has none. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)])),
  );
  return nested.flat();
}

async function assertEmptyTarget(config: BackupConfig, manifest: Manifest): Promise<void> {
  const refuse = (what: string) => {
    throw new Error(`The restore target is not empty: ${what}. Restore only into an empty data folder and database.`);
  };
  if (config.database.kind === "pglite") {
    const { dataDir } = config.database;
    if ((await readdir(dataDir).catch(() => [])).length > 0) refuse(`${dataDir} holds a database`);
  } else {
    const [{ n }] = await withPostgres(config.database.url, (sql) =>
      sql<{ n: string }>(
        "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')",
      ),
    );
    if (Number(n) > 0) refuse(`the database has ${n} table(s)`);
  }
  if ((await filesUnder(config.storageDir)).length > 0) refuse(`${config.storageDir} holds files`);
  if (manifest.idp && config.idpDataDir && (await readdir(config.idpDataDir).catch(() => [])).length > 0)
    refuse(`${config.idpDataDir} holds the identity platform's store`);
  if (manifest.localSecrets && config.localSecretsFile && existsSync(config.localSecretsFile))
    refuse(`${config.localSecretsFile} exists`);
}

/** Moves a file, copying when it crosses file systems. */
async function move(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    await copyFile(from, to);
  }
}

async function verify(config: BackupConfig, manifest: Manifest): Promise<Omit<RestoreReport, "manifest">> {
  const mismatches: string[] = [];
  const unverified: string[] = [];
  let verified = 0;
  const { rows, counts } = await withDatabase(config.database, async (sql: Sql) => ({
    rows: (
      await sql<{ id: string; storageBackend: string; storageKey: string; size: number | string; sha256: string }>(
        'SELECT id, "storageBackend", "storageKey", size, sha256 FROM "Attachment" ORDER BY "storageKey"',
      )
    ).map((r) => ({ ...r, size: Number(r.size) })),
    counts: await rowCounts(sql),
  }));
  for (const [table, expected] of Object.entries(manifest.database.rowCounts)) {
    if (counts[table] !== expected)
      mismatches.push(`table ${table}: ${counts[table] ?? 0} rows, the backup had ${expected}`);
  }
  const backends: Record<string, FileStorage> = { local: new LocalFileStorage(config.storageDir) };
  if (config.uploadthingToken)
    backends.uploadthing = new UploadthingFileStorage({
      token: config.uploadthingToken,
      stagingDir: path.join(config.storageDir, ".staging"),
    });
  for (const row of rows) {
    const storage = backends[row.storageBackend];
    if (!storage) {
      unverified.push(`attachment ${row.id}: held at ${row.storageBackend} (${row.storageKey}), not configured here`);
      continue;
    }
    let size = 0;
    let sha256: string;
    try {
      const hash = createHash("sha256");
      for await (const chunk of await storage.open(row.storageKey)) {
        size += (chunk as Buffer).length;
        hash.update(chunk as Buffer);
      }
      sha256 = hash.digest("hex");
    } catch (error) {
      mismatches.push(`attachment ${row.id}: its file ${row.storageKey} cannot be read (${(error as Error).message})`);
      continue;
    }
    if (size !== row.size || sha256 !== row.sha256) {
      mismatches.push(`attachment ${row.id}: its file ${row.storageKey} differs from its row (size or sha256)`);
      continue;
    }
    verified += 1;
  }
  if (manifest.idp && config.idpDataDir) {
    const idpCounts = await withPglite(config.idpDataDir, (sql) => rowCounts(sql));
    for (const [table, expected] of Object.entries(manifest.idp.rowCounts)) {
      if (idpCounts[table] !== expected)
        mismatches.push(`identity platform table ${table}: ${idpCounts[table] ?? 0} rows, the backup had ${expected}`);
    }
  }
  return { verified, mismatches, unverified };
}

/**
 * `npm run restore -- <archive>`: checks the archive against its manifest, refuses a target that
 * is not empty (database, STORAGE_DIR, the identity platform's store, the local secrets) or a
 * backup from a newer version, restores the database and the files, then reads every attachment's
 * bytes back and compares them with its row. The caller exits non-zero on any mismatch.
 */
export async function restoreBackup(config: BackupConfig, archive: string): Promise<RestoreReport> {
  const work = await mkdtemp(path.join(tmpdir(), "zhicheng-restore-"));
  try {
    await tar.x({ file: archive, cwd: work, strict: true });
    const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(work, "manifest.json"), "utf8")));
    const inArchive = (file: string) => path.join(work, file);

    const packed = [
      { file: manifest.database.file, sha256: manifest.database.sha256 },
      ...manifest.files.map((f) => ({ file: f.path, sha256: f.sha256 })),
      ...(manifest.idp ? [{ file: manifest.idp.file, sha256: manifest.idp.sha256 }] : []),
      ...(manifest.localSecrets ? [manifest.localSecrets] : []),
    ];
    for (const { file, sha256 } of packed) {
      const actual = await sha256File(inArchive(file)).catch(() => "missing");
      if (actual !== sha256)
        throw new Error(`The archive is damaged: ${file} does not match its sha256 in the manifest`);
    }

    const known = new Set(await readdir(MIGRATIONS_DIR));
    const unknown = manifest.database.migrations.filter((m) => !known.has(m));
    if (unknown.length > 0)
      throw new Error(
        `The backup was taken by a newer version (${manifest.app.version}) with migrations this version does not have: ${unknown.join(", ")}`,
      );
    if (manifest.database.kind !== config.database.kind)
      throw new Error(
        `The backup holds a ${manifest.database.kind} database and the configured database is ${config.database.kind}: ` +
          "restore it into the same kind (set or unset DATABASE_URL)",
      );
    await assertEmptyTarget(config, manifest);

    if (config.database.kind === "pglite") await loadPglite(config.database.dataDir, inArchive(manifest.database.file));
    else await restorePostgres(config.database.url, inArchive(manifest.database.file));
    for (const file of manifest.files)
      await move(inArchive(file.path), path.join(config.storageDir, file.key.slice(0, 2), file.key));
    if (manifest.idp && config.idpDataDir) await loadPglite(config.idpDataDir, inArchive(manifest.idp.file));
    if (manifest.localSecrets && config.localSecretsFile) {
      await mkdir(path.dirname(config.localSecretsFile), { recursive: true });
      await copyFile(inArchive(manifest.localSecrets.file), config.localSecretsFile);
      await chmod(config.localSecretsFile, 0o600);
    }
    return { manifest, ...(await verify(config, manifest)) };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
