import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, openAsBlob } from "node:fs";
import { mkdir, readdir, readFile, readlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { DatabaseTarget } from "../../src/server/db/adapter";

/** Plain SQL over either database, for the few reads a backup and a restore need. */
export type Sql = <T>(text: string) => Promise<T[]>;

export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** Rows per table of the public schema. */
export async function rowCounts(sql: Sql): Promise<Record<string, number>> {
  const tables = await sql<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await sql<{ n: number | string }>(`SELECT count(*) AS n FROM "${table_name.replace(/"/g, '""')}"`);
    counts[table_name] = Number(row.n);
  }
  return counts;
}

/**
 * PGlite has no lock of its own: a second process opening a folder the server holds would corrupt
 * it. On Linux the processes holding files of the folder open are visible in /proc; elsewhere this
 * cannot be told (null), and the operator's word that the server is stopped has to do.
 */
export async function processesUsing(dir: string): Promise<string[] | null> {
  const root = path.resolve(dir) + path.sep;
  let pids: string[];
  try {
    pids = (await readdir("/proc")).filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid);
  } catch {
    return null;
  }
  const users: string[] = [];
  for (const pid of pids) {
    const fds = await readdir(`/proc/${pid}/fd`).catch(() => [] as string[]);
    for (const fd of fds) {
      const target = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => "");
      if (!target.startsWith(root)) continue;
      const command = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
      users.push(`${pid} (${command.split("\0").join(" ").trim().slice(0, 120)})`);
      break;
    }
  }
  return users;
}

export async function assertPgliteFolderFree(dir: string, what: string): Promise<void> {
  const users = await processesUsing(dir);
  if (users === null) {
    console.warn(`Cannot tell whether a process holds ${dir} open: make sure the ${what} is stopped.`);
  } else if (users.length > 0) {
    throw new Error(
      `${what} is running and holds ${dir} open (process ${users.join(", ")}). ` +
        "PGlite allows one process per data folder: stop the app (npm start) before taking a backup.",
    );
  }
}

/** Opens a PGlite data folder for `work` and closes it again. */
export async function withPglite<T>(dataDir: string, work: (sql: Sql, db: PGlite) => Promise<T>): Promise<T> {
  const db = await PGlite.create(dataDir);
  try {
    return await work(async (text) => (await db.query(text)).rows as never[], db);
  } finally {
    await db.close();
  }
}

/** Dumps a PGlite data folder (a tar.gz of the folder, taken through PGlite itself) to `file`. */
export async function dumpPglite(db: PGlite, file: string): Promise<void> {
  const dump = await db.dumpDataDir("gzip");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
}

export async function loadPglite(dataDir: string, file: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(dataDir)), { recursive: true });
  const db = await PGlite.create({ dataDir, loadDataDir: await openAsBlob(file) });
  await db.close();
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "ENOENT"
          ? new Error(
              `${command} is not installed: install the PostgreSQL client tools (apt-get install postgresql-client)`,
            )
          : error,
      ),
    );
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}

/**
 * Runs `work` in a read-only REPEATABLE READ transaction whose snapshot `pg_dump` also dumps, so
 * the rows read for the manifest are exactly the rows in the dump.
 */
export async function dumpPostgres(url: string, file: string, work: (sql: Sql) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const [{ snapshot }] = (await client.query<{ snapshot: string }>("SELECT pg_export_snapshot() AS snapshot")).rows;
    await mkdir(path.dirname(file), { recursive: true });
    await run("pg_dump", ["--format=custom", `--snapshot=${snapshot}`, `--file=${file}`, `--dbname=${url}`]);
    await work(async (text) => (await client.query(text)).rows);
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}

export async function withPostgres<T>(url: string, work: (sql: Sql) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(async (text) => (await client.query(text)).rows);
  } finally {
    await client.end();
  }
}

export async function restorePostgres(url: string, file: string): Promise<void> {
  await run("pg_restore", [
    "--no-owner",
    "--no-privileges",
    "--exit-on-error",
    "--single-transaction",
    `--dbname=${url}`,
    file,
  ]);
}

/** Runs `work` on the database, whichever kind it is. */
export function withDatabase<T>(target: DatabaseTarget, work: (sql: Sql) => Promise<T>): Promise<T> {
  return target.kind === "postgres" ? withPostgres(target.url, work) : withPglite(target.dataDir, (sql) => work(sql));
}
