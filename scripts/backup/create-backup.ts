import { existsSync } from "node:fs";
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as tar from "tar";
import type { BackupConfig } from "./config";
import {
  assertPgliteFolderFree,
  dumpPglite,
  dumpPostgres,
  rowCounts,
  type Sql,
  sha256File,
  withPglite,
} from "./database";
import { MANIFEST_FORMAT, type Manifest } from "./manifest";

export type BackupResult = {
  manifest: Manifest;
  /** Files of rows that are missing or differ from their row: the archive was written without them or as they are. */
  problems: string[];
};

type AttachmentRow = { id: string; storageBackend: string; storageKey: string; size: number; sha256: string };

const LOCAL_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function appInfo(): Promise<Manifest["app"]> {
  const pkg = JSON.parse(await readFile(new URL("../../package.json", import.meta.url), "utf8")) as {
    name: string;
    version: string;
  };
  return { name: pkg.name, version: pkg.version };
}

/**
 * `npm run backup`: one tar.gz with the database (PGlite: its data folder, dumped through PGlite,
 * while no server holds it; PostgreSQL: `pg_dump --format=custom` of one snapshot), the bytes of
 * every attachment on the local backend, the built-in identity platform's store and the local
 * secrets of the embedded setup, and `manifest.json` with row counts, the migrations and a sha256
 * for every file. Files at uploadthing stay there: the manifest lists them, the archive does not
 * hold them. The archive is readable by its owner only — it holds everyone's personal data.
 */
export async function createBackup(config: BackupConfig, archive: string): Promise<BackupResult> {
  const work = await mkdtemp(path.join(tmpdir(), "zhicheng-backup-"));
  try {
    const problems: string[] = [];
    const databaseFile = config.database.kind === "pglite" ? "database/pglite.tar.gz" : "database/postgres.dump";
    let migrations: string[] = [];
    let counts: Record<string, number> = {};
    let attachments: AttachmentRow[] = [];
    const read = async (sql: Sql) => {
      migrations = (
        await sql<{ migration_name: string }>(
          "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
        )
      ).map((m) => m.migration_name);
      counts = await rowCounts(sql);
      attachments = (
        await sql<AttachmentRow>(
          'SELECT id, "storageBackend", "storageKey", size, sha256 FROM "Attachment" ORDER BY "storageKey"',
        )
      ).map((a) => ({ ...a, size: Number(a.size) }));
    };
    if (config.database.kind === "pglite") {
      const { dataDir } = config.database;
      if (!existsSync(path.join(dataDir, "PG_VERSION"))) throw new Error(`No PGlite database in ${dataDir}`);
      await assertPgliteFolderFree(dataDir, "The app");
      await withPglite(dataDir, async (sql, db) => {
        await read(sql);
        await dumpPglite(db, path.join(work, databaseFile));
      });
    } else {
      await dumpPostgres(config.database.url, path.join(work, databaseFile), read);
    }

    const files: Manifest["files"] = [];
    const external: Manifest["external"] = [];
    for (const row of attachments) {
      if (row.storageBackend !== "local") {
        external.push({ backend: row.storageBackend, key: row.storageKey, size: row.size, sha256: row.sha256 });
        continue;
      }
      if (!LOCAL_KEY.test(row.storageKey)) {
        problems.push(`attachment ${row.id}: ${row.storageKey} is not a key of the local backend`);
        continue;
      }
      const inArchive = `files/${row.storageKey.slice(0, 2)}/${row.storageKey}`;
      const source = path.join(config.storageDir, row.storageKey.slice(0, 2), row.storageKey);
      let size: number;
      let sha256: string;
      try {
        size = (await stat(source)).size;
        sha256 = await sha256File(source);
      } catch {
        problems.push(`attachment ${row.id}: its file ${source} is missing`);
        continue;
      }
      if (size !== row.size || sha256 !== row.sha256)
        problems.push(`attachment ${row.id}: its file ${source} differs from its row (size or sha256)`);
      // A link, followed when the archive is written: no copy of the files on the way.
      await mkdir(path.dirname(path.join(work, inArchive)), { recursive: true });
      await symlink(source, path.join(work, inArchive));
      files.push({ key: row.storageKey, path: inArchive, size, sha256 });
    }

    let idp: Manifest["idp"] = null;
    if (config.idpDataDir && existsSync(path.join(config.idpDataDir, "PG_VERSION"))) {
      await assertPgliteFolderFree(config.idpDataDir, "The built-in identity platform");
      const file = "idp/pglite.tar.gz";
      const idpCounts = await withPglite(config.idpDataDir, async (sql, db) => {
        const result = await rowCounts(sql);
        await dumpPglite(db, path.join(work, file));
        return result;
      });
      idp = { file, sha256: await sha256File(path.join(work, file)), rowCounts: idpCounts };
    }

    let localSecrets: Manifest["localSecrets"] = null;
    if (config.localSecretsFile && existsSync(config.localSecretsFile)) {
      await copyFile(config.localSecretsFile, path.join(work, "local-secrets.json"));
      localSecrets = { file: "local-secrets.json", sha256: await sha256File(path.join(work, "local-secrets.json")) };
    }

    const manifest: Manifest = {
      format: MANIFEST_FORMAT,
      createdAt: new Date().toISOString(),
      app: await appInfo(),
      database: {
        kind: config.database.kind,
        file: databaseFile,
        sha256: await sha256File(path.join(work, databaseFile)),
        migrations,
        rowCounts: counts,
      },
      files,
      external,
      idp,
      localSecrets,
    };
    await writeFile(path.join(work, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);

    const entries = ["manifest.json", "database", ...(files.length ? ["files"] : []), ...(idp ? ["idp"] : [])];
    if (localSecrets) entries.push(localSecrets.file);
    await mkdir(path.dirname(path.resolve(archive)), { recursive: true });
    // Created private before a byte goes in (tar writes into the existing file).
    await writeFile(archive, "", { mode: 0o600 });
    await chmod(archive, 0o600);
    await tar.c(
      {
        gzip: true,
        file: archive,
        cwd: work,
        follow: true,
        portable: true,
        onwarn: (_code, message) => problems.push(`archive: ${message}`),
      },
      entries,
    );
    return { manifest, problems };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
