import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openAccountStore } from "@/idp/store/account-store";
import { LocalFileStorage } from "@/server/storage/local";
import type { BackupConfig } from "../../scripts/backup/config";
import { createBackup } from "../../scripts/backup/create-backup";
import { type Sql, withDatabase, withPglite } from "../../scripts/backup/database";
import { restoreBackup } from "../../scripts/backup/restore-backup";
import { entryData, fillForm, startDraft } from "../helpers/application-form";
import { sample, upload } from "../helpers/attachments";
import { createSharedTestDb, type SharedTestDb } from "../helpers/db";
import { callerFor, makeIdCard, makeOrgWithPublisher } from "../helpers/fixtures";

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), "zhicheng-backup-test-"));
  cleanup.push(async () => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

async function sharedDb(options: { migrated?: boolean } = {}): Promise<SharedTestDb> {
  const db = await createSharedTestDb(options);
  cleanup.push(() => db.drop());
  return db;
}

/** Every row of every table, as JSON text, per table: what "the same data" means here. */
async function everyRow(sql: Sql): Promise<Record<string, string[]>> {
  const tables = await sql<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
  );
  const rows: Record<string, string[]> = {};
  for (const { table_name } of tables) {
    const result = await sql<{ r: string }>(`SELECT row_to_json(t)::text AS r FROM "${table_name}" t`);
    rows[table_name] = result.map((x) => x.r).sort();
  }
  return rows;
}

/** A system in use: the embedded setup's parts, two applicants (one form filled) with files, one file deleted. */
async function populate(db: SharedTestDb, config: BackupConfig) {
  const storage = new LocalFileStorage(config.storageDir);
  const uploads = await db.use(async (client) => {
    const { org, publisherId } = await makeOrgWithPublisher(client);
    const files: { applicationId: string; bytes: Buffer }[] = [];
    for (const name of ["申报人甲", "申报人乙"]) {
      const { person, applicationId } = await startDraft(client, org, publisherId, name);
      const api = await callerFor(client, person.id, storage);
      if (name === "申报人甲") await fillForm(api, applicationId, 1);
      const education = await api.applicationForm.addEntry({
        applicationId,
        module: "education",
        data: entryData.education,
      });
      const send = async (slot: "PHOTO" | "CHSI_REPORT" | "EDUCATION_PROOF", bytes: Buffer, entryId?: string) => {
        const view = await upload(client, storage, person.id, { applicationId, slot, entryId, name: `${slot}`, bytes });
        files.push({ applicationId, bytes });
        return view;
      };
      await send("PHOTO", sample.jpeg);
      const report = await send("CHSI_REPORT", sample.pdf);
      await send("EDUCATION_PROOF", sample.png, education.id);
      await api.attachment.delete({ attachmentId: report.id });
      files.splice(files.length - 2, 1);
    }
    return files;
  });
  const accounts = await openAccountStore(config.idpDataDir!);
  for (const [name, mobile] of [
    ["平台用户一", "13900000001"],
    ["平台用户二", "13900000002"],
  ])
    await accounts.ensureAccount({ name, idCardNumber: makeIdCard(), mobile, password: "Passw0rd!x" });
  await accounts.close();
  writeFileSync(config.localSecretsFile!, JSON.stringify({ NEXTAUTH_SECRET: "s".repeat(43), OIDC_CLIENT_SECRET: "c" }));
  return uploads;
}

function configFor(db: SharedTestDb): BackupConfig {
  const folder = tempFolder();
  return {
    database: db.target,
    storageDir: path.join(folder, "files"),
    uploadthingToken: null,
    idpDataDir: path.join(folder, "idp"),
    localSecretsFile: path.join(folder, "local-secrets.json"),
  };
}

describe("backup and restore", () => {
  let source: SharedTestDb;
  let sourceConfig: BackupConfig;
  let uploads: Awaited<ReturnType<typeof populate>>;
  beforeAll(async () => {
    source = await sharedDb();
    sourceConfig = configFor(source);
    uploads = await populate(source, sourceConfig);
  }, 120_000);

  it("round-trips a populated system: every row of every table, every file's bytes, the identity platform's store", async () => {
    const archive = path.join(tempFolder(), "backup.tar.gz");

    const { manifest, problems } = await createBackup(sourceConfig, archive);
    expect(problems).toEqual([]);
    expect(statSync(archive).mode & 0o777).toBe(0o600);
    expect(manifest.database.kind).toBe(source.backend);
    expect(manifest.database.rowCounts.Attachment).toBe(uploads.length);
    expect(manifest.files.map((f) => f.sha256).sort()).toEqual(uploads.map((u) => sha256(u.bytes)).sort());
    expect(manifest.idp?.rowCounts.idp_account).toBe(2);

    const target = await sharedDb({ migrated: false });
    const targetConfig = configFor(target);
    const report = await restoreBackup(targetConfig, archive);
    expect(report.mismatches).toEqual([]);
    expect(report.unverified).toEqual([]);
    expect(report.verified).toBe(uploads.length);

    const [before, after] = [await withDatabase(source.target, everyRow), await withDatabase(target.target, everyRow)];
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
    expect(before.Attachment).toHaveLength(uploads.length);

    const rows = await target.use((db) => db.attachment.findMany({ select: { storageKey: true, sha256: true } }));
    for (const row of rows) {
      const file = (root: string) => path.join(root, row.storageKey.slice(0, 2), row.storageKey);
      const restored = readFileSync(file(targetConfig.storageDir));
      expect(restored.equals(readFileSync(file(sourceConfig.storageDir)))).toBe(true);
      expect(sha256(restored)).toBe(row.sha256);
    }
    expect(await withPglite(targetConfig.idpDataDir!, everyRow)).toEqual(
      await withPglite(sourceConfig.idpDataDir!, everyRow),
    );
    expect(readFileSync(targetConfig.localSecretsFile!, "utf8")).toBe(
      readFileSync(sourceConfig.localSecretsFile!, "utf8"),
    );

    // Restoring again into what is now a populated system is refused, and changes nothing.
    await expect(restoreBackup(targetConfig, archive)).rejects.toThrow(/The restore target is not empty/);
    expect(await withDatabase(target.target, everyRow)).toEqual(after);
  }, 180_000);

  it("a file that no longer matches its row is reported by the backup, and the restore lists it as a mismatch", async () => {
    const [photo] = await source.use((db) =>
      db.attachment.findMany({ where: { slot: "PHOTO" }, select: { id: true, storageKey: true } }),
    );
    const photoFile = path.join(sourceConfig.storageDir, photo.storageKey.slice(0, 2), photo.storageKey);
    writeFileSync(photoFile, Buffer.concat([readFileSync(photoFile), Buffer.from("bit rot")]));
    const archive = path.join(tempFolder(), "backup.tar.gz");

    const { problems } = await createBackup(sourceConfig, archive);
    expect(problems).toEqual([`attachment ${photo.id}: its file ${photoFile} differs from its row (size or sha256)`]);

    const target = await sharedDb({ migrated: false });
    const report = await restoreBackup(configFor(target), archive);
    expect(report.mismatches).toEqual([
      `attachment ${photo.id}: its file ${photo.storageKey} differs from its row (size or sha256)`,
    ]);
    expect(report.verified).toBe(report.manifest.files.length - 1);
  }, 180_000);
});
