import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSessionUser } from "@/server/auth/session-user";
import { deleteAttachment } from "@/server/domain/attachment/delete-attachment";
import { ingestUpload } from "@/server/domain/attachment/ingest-upload";
import { sweepStorage } from "@/server/jobs/sweep-storage";
import { LocalFileStorage } from "@/server/storage/local";
import type { FileStorage } from "@/server/storage/types";
import { UploadthingFileStorage } from "@/server/storage/uploadthing";
import { entryData, startDraft } from "../helpers/application-form";
import { sample, upload } from "../helpers/attachments";
import { createSharedTestDb, type SharedTestDb } from "../helpers/db";
import { callerFor, makeOrgWithPublisher, type Org } from "../helpers/fixtures";
import type { KilledUpload } from "../helpers/upload-until-killed";
import { startUploadthingStandin, type UploadthingStandin } from "../helpers/uploadthing-standin";

let shared: SharedTestDb;
const standins: UploadthingStandin[] = [];
let org: Org;
let publisherId: string;
const folders: string[] = [];

beforeAll(async () => {
  shared = await createSharedTestDb();
  ({ org, publisherId } = await shared.use((db) => makeOrgWithPublisher(db)));
});

afterAll(async () => {
  for (const standin of standins) await standin.close();
  await shared?.drop();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const tempFolder = () => {
  const folder = mkdtempSync(path.join(tmpdir(), "zhicheng-sweep-"));
  folders.push(folder);
  return folder;
};

type Backend = "local" | "uploadthing";

type TestStorage = {
  backend: Backend;
  storage: FileStorage;
  config: KilledUpload["storage"];
  /** Local: the storage folder. Uploadthing: the folder holding the staging folder. */
  root: string;
  /** What the backend holds: local files by key, or the stand-in's files. */
  keys(): string[];
};

/** The local backend in a fresh folder, or the uploadthing backend against a fresh stand-in. */
async function makeStorage(backend: Backend): Promise<TestStorage> {
  const root = tempFolder();
  if (backend === "local") {
    const storage = new LocalFileStorage(root);
    const keys = () =>
      walk(root)
        .files.map((f) => path.basename(f))
        .sort();
    return { backend, storage, config: { kind: "local", root }, root, keys };
  }
  const standin = await startUploadthingStandin();
  standins.push(standin);
  const options = { token: standin.token, stagingDir: path.join(root, ".staging"), ...standin.options };
  const keys = () => [...standin.files.keys()].sort();
  return {
    backend,
    storage: new UploadthingFileStorage(options),
    config: { kind: "uploadthing", ...options },
    root,
    keys,
  };
}

/** Folders and files under a local root, the staging folder apart; empty folders listed too. */
function walk(root: string): { files: string[]; emptyFolders: string[]; staging: string[] } {
  const files: string[] = [];
  const emptyFolders: string[] = [];
  const visit = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true });
    if (entries.length === 0 && dir !== root) emptyFolders.push(path.relative(root, dir));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (full === path.join(root, ".staging")) continue;
      if (e.isDirectory()) visit(full);
      else files.push(path.relative(root, full));
    }
  };
  visit(root);
  let staging: string[] = [];
  try {
    staging = readdirSync(path.join(root, ".staging"));
  } catch {
    staging = [];
  }
  return { files, emptyFolders, staging };
}

async function runUntil(job: KilledUpload): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "tests/helpers/upload-until-killed.ts", JSON.stringify(job)],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let errors = "";
  child.stderr?.on("data", (d) => {
    errors += d;
  });
  const line = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (d) => {
      out += d;
      if (out.includes("\n")) resolve(out.trim());
    });
    child.on("exit", (code) => reject(new Error(`the upload process ended (${code}) before halting: ${errors}`)));
  });
  return { child, line };
}

async function killHard(child: ChildProcess) {
  const exited = new Promise((resolve) => child.on("exit", resolve));
  child.kill("SIGKILL");
  await exited;
}

/** A draft with one paper entry and one committed file, as the killed upload's target. */
async function draftWithCommittedFile(storage: FileStorage) {
  return shared.use(async (db) => {
    const { person, applicationId } = await startDraft(db, org, publisherId);
    const api = await callerFor(db, person.id, storage);
    const paper = await api.applicationForm.addEntry({ applicationId, module: "papers", data: entryData.papers });
    const committed = await upload(db, storage, person.id, {
      applicationId,
      slot: "PHOTO",
      name: "照片.jpg",
      bytes: sample.jpeg,
    });
    return { userId: person.id, applicationId, paperId: paper.id, committedId: committed.id };
  });
}

const MB = 1024 * 1024;

describe.each(["local", "uploadthing"] as const)("a server killed mid-upload, %s backend", (backend) => {
  it.each(["streaming", "stored"] as const)(
    "killed while %s: the sweeper leaves no stored object without a row, no staging part and no empty folder",
    async (stopAt) => {
      const { storage, config, root, keys } = await makeStorage(backend);
      const draft = await draftWithCommittedFile(storage);
      const before = keys();

      const { child, line } = await runUntil({
        database: shared.target,
        storage: config,
        userId: draft.userId,
        applicationId: draft.applicationId,
        slot: "PAPER_PROOF",
        entryId: draft.paperId,
        head: sample.pdf.toString("base64"),
        size: 12 * MB,
        stopAt,
      });
      expect(line).toMatch(stopAt === "stored" ? /^stored \S+$/ : /^streaming$/);
      await killHard(child);

      // What the crash left: a part in staging, or an object in storage that no row refers to.
      if (stopAt === "streaming") expect(walk(root).staging).toHaveLength(1);
      else expect(keys()).toEqual([...before, line.slice("stored ".length)].sort());

      const { report, rows, records } = await shared.use(async (db) => ({
        report: await sweepStorage(db, storage, { graceMs: 0 }),
        rows: await db.attachment.findMany({
          where: { applicationId: draft.applicationId },
          select: { id: true, storageKey: true },
        }),
        records: await db.unclaimedFile.count(),
      }));
      expect(rows.map((r) => r.id)).toEqual([draft.committedId]);
      expect(keys()).toEqual(rows.map((r) => r.storageKey));
      expect(walk(root)).toEqual({
        files: backend === "local" ? [path.join(rows[0].storageKey.slice(0, 2), rows[0].storageKey)] : [],
        emptyFolders: [],
        staging: [],
      });
      expect(records).toBe(0);
      expect(report.failed).toBe(0);
      if (stopAt === "stored") expect(report.recorded).toBe(1);
      else expect(report.parts).toBe(1);
    },
    60_000,
  );
});

describe("the sweeper", () => {
  it("removes files no row and no record knows (left before uploads were recorded) once older than the grace period, and empty folders", async () => {
    const { storage, root, keys } = await makeStorage("local");
    const draft = await draftWithCommittedFile(storage);
    const [committedKey] = keys();
    const old = Date.now() / 1000 - 2 * 3600;
    const plant = (key: string, ageSeconds: number | null) => {
      const dir = path.join(root, key.slice(0, 2));
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, key), sample.pdf);
      if (ageSeconds !== null) utimesSync(path.join(dir, key), old, old);
    };
    const orphan = randomUUID();
    const recent = randomUUID();
    plant(orphan, 2 * 3600);
    plant(recent, null);
    const emptyFolder = ["0f", "1e", "2d", "3c"].find(
      (n) => ![committedKey, orphan, recent].some((k) => k.startsWith(n)),
    );
    mkdirSync(path.join(root, emptyFolder!));
    utimesSync(path.join(root, emptyFolder!), old, old);
    utimesSync(path.join(root, committedKey.slice(0, 2), committedKey), old, old);

    const report = await shared.use((db) => sweepStorage(db, storage, { graceMs: 3600 * 1000 }));
    expect(report.unrecorded).toBe(1);
    expect(keys()).toEqual([committedKey, recent].sort());
    expect(walk(root).emptyFolders).toEqual([]);
    // The committed file is still served.
    const row = await shared.use((db) => db.attachment.findUniqueOrThrow({ where: { id: draft.committedId } }));
    expect(row.storageKey).toBe(committedKey);
  });

  it("retries the removal of a deleted attachment's bytes that failed after the commit", async () => {
    const { storage, root, keys } = await makeStorage("local");
    const draft = await draftWithCommittedFile(storage);
    const failing = Object.assign(Object.create(storage) as FileStorage, {
      remove: async () => {
        throw new Error("disk unavailable");
      },
    });
    await shared.use(async (db) => {
      const user = await loadSessionUser(db, draft.userId);
      await deleteAttachment(db, failing, user!, draft.committedId);
    });
    expect(keys()).toHaveLength(1);
    expect(await shared.use((db) => db.unclaimedFile.count({ where: { reason: "DELETE" } }))).toBe(1);

    const report = await shared.use((db) => sweepStorage(db, storage, { graceMs: 0 }));
    expect(report.recorded).toBe(1);
    expect(keys()).toEqual([]);
    expect(walk(root).emptyFolders).toEqual([]);
    expect(await shared.use((db) => db.unclaimedFile.count())).toBe(0);
  });

  it("an upload refused after its bytes were stored leaves neither the file nor its folder", async () => {
    const { storage, root } = await makeStorage("local");
    await shared.use(async (db) => {
      const { person, applicationId } = await startDraft(db, org, publisherId);
      const user = await loadSessionUser(db, person.id);
      const body = (async function* () {
        yield sample.jpeg.subarray(0, 4096);
        await db.application.update({
          where: { id: applicationId },
          data: { status: "SUBMITTED", stage: "UNIT_REVIEW" },
        });
        yield sample.jpeg.subarray(4096);
      })();
      const request = { applicationId, slot: "PHOTO" as const, fileName: "照片.jpg", declaredSize: sample.jpeg.length };
      await expect(
        ingestUpload(db, storage, user!, request, Readable.from(body), { quotaBytes: 200 * MB }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    });
    expect(walk(root)).toEqual({ files: [], emptyFolders: [], staging: [] });
    expect(await shared.use((db) => db.unclaimedFile.count())).toBe(0);
  });
});
