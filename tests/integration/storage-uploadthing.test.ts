import { createHash, randomBytes, randomUUID } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { StoredFileMissing } from "@/server/storage/types";
import { UploadthingFileStorage } from "@/server/storage/uploadthing";
import { startUploadthingStandin, type UploadthingStandin } from "../helpers/uploadthing-standin";

/** A small but complete PDF (one empty A4 page, with a correct cross-reference table). */
function makePdf(): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
    "<< /Length 0 >>\nstream\n\nendstream",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

// The user's own file names: the staged files carry them here on purpose, to prove they never
// leave this host.
const PDF_NAME = "张三-职称申报材料-secret.pdf";
const BIG_NAME = "张三-身份证扫描件-secret.bin";
const NEUTRAL_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\.pdf)?$/;

let standin: UploadthingStandin;
let dir: string;
let storage: UploadthingFileStorage;
let pdf: Buffer;
let big: Buffer;

async function stage(name: string, bytes: Buffer, contentType: string) {
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  return { path: file, size: bytes.length, contentType };
}

beforeAll(async () => {
  standin = await startUploadthingStandin();
  dir = await mkdtemp(path.join(tmpdir(), "zhicheng-ut-"));
  storage = new UploadthingFileStorage({ token: standin.token, stagingDir: dir, ...standin.options });
  pdf = makePdf();
  big = randomBytes(5 * 1024 * 1024 + 123);
});

afterAll(async () => {
  await standin?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("UploadthingFileStorage against a stand-in of uploadthing's API", () => {
  it("is the uploadthing backend and keeps staging on the local disk", () => {
    expect(storage.backend).toBe("uploadthing");
    expect(storage.stagingDir).toBe(dir);
  });

  it("rejects a malformed token up front with a clear message", () => {
    const make = (token: string) => () => new UploadthingFileStorage({ token, stagingDir: dir });
    const invalid = /UPLOADTHING_TOKEN is not a valid uploadthing token/;
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64");
    expect(make("")).toThrow(invalid);
    expect(make("not-a-token")).toThrow(invalid);
    expect(make(encode({ apiKey: "key", appId: "a", regions: ["sea1"] }))).toThrow(invalid);
    expect(make(encode({ apiKey: "sk_x", appId: "a", regions: [] }))).toThrow(invalid);
    expect(make(encode({ apiKey: "sk_x", regions: ["sea1"] }))).toThrow(invalid);
    expect(make(standin.token)).not.toThrow();
  });

  it("saves, opens and removes a small PDF with identical bytes", async () => {
    const staged = await stage(PDF_NAME, pdf, "application/pdf");
    const id = randomUUID();
    const key = await storage.save(staged, id);

    const stored = standin.files.get(key);
    expect(stored, "the key returned is the stand-in's key").toBeDefined();
    expect(stored!.customId, "the server's id of the object travels as its customId").toBe(id);
    expect(stored!.name).toBe(`${id}.pdf`);
    expect(sha256(stored!.bytes)).toBe(sha256(pdf));
    expect(stored!.size).toBe(pdf.length);
    expect(stored!.type).toBe("application/pdf");
    expect(stored!.partType).toBe("application/pdf");
    expect(stored!.acl).toBe("private");
    expect(stored!.contentDisposition).toBe("attachment");
    expect(stored!.name).toMatch(NEUTRAL_NAME);
    expect(stored!.name.endsWith(".pdf")).toBe(true);
    expect(stored!.partName).toBe(stored!.name);
    // The staged file is the caller's to remove.
    expect(sha256(await readFile(staged.path))).toBe(sha256(pdf));

    const back = await readAll(await storage.open(key));
    expect(sha256(back)).toBe(sha256(pdf));

    await storage.remove(key);
    expect(standin.files.has(key)).toBe(false);
    await expect(storage.open(key)).rejects.toBeInstanceOf(StoredFileMissing);
    // Already gone is not an error.
    await expect(storage.remove(key)).resolves.toBeUndefined();
  });

  it("streams a ~5 MB file both ways with identical bytes", async () => {
    const staged = await stage(BIG_NAME, big, "application/octet-stream");
    const key = await storage.save(staged, randomUUID());

    const stored = standin.files.get(key);
    expect(stored).toBeDefined();
    expect(stored!.size).toBe(big.length);
    expect(sha256(stored!.bytes)).toBe(sha256(big));
    expect(stored!.type).toBe("application/octet-stream");
    expect(stored!.name).toMatch(NEUTRAL_NAME);

    const stream = await storage.open(key);
    const back = await readAll(stream);
    expect(back.length).toBe(big.length);
    expect(sha256(back)).toBe(sha256(big));

    await storage.remove(key);
    await expect(storage.open(key)).rejects.toBeInstanceOf(StoredFileMissing);
  });

  it("sends uploads without fetch's redirect copy of the body, which would hold the whole file in memory", async () => {
    // Node's fetch tees a request body it may have to replay on a redirect (nodejs/undici#4058);
    // redirect "error" with no window is what keeps the upload streaming from the file.
    const spy = vi.spyOn(globalThis, "fetch");
    try {
      const key = await storage.save(await stage("spy.pdf", pdf, "application/pdf"), randomUUID());
      const upload = spy.mock.calls.find(([input]) => String(input).startsWith(`${standin.ingestUrl}/`));
      expect(upload?.[1]).toMatchObject({ method: "PUT", redirect: "error", window: null });
      await storage.remove(key);
    } finally {
      spy.mockRestore();
    }
  });

  it("discards an upload by the id it was saved as, without its key (a crash lost the answer)", async () => {
    const id = randomUUID();
    const key = await storage.save(await stage("lost-answer.pdf", pdf, "application/pdf"), id);
    const other = await storage.save(await stage("other.pdf", pdf, "application/pdf"), randomUUID());
    await storage.discard(id);
    expect(standin.files.has(key)).toBe(false);
    expect(standin.files.has(other)).toBe(true);
    // Nothing saved under an id is not an error.
    await expect(storage.discard(randomUUID())).resolves.toBeUndefined();
    await storage.remove(other);
  });

  it("treats keys it cannot have made as missing", async () => {
    await expect(storage.open("../etc/passwd")).rejects.toBeInstanceOf(StoredFileMissing);
    await expect(storage.open("abc?x=1")).rejects.toBeInstanceOf(StoredFileMissing);
    await expect(storage.remove("a/b")).resolves.toBeUndefined();
  });

  it("fails to save with a wrong API key, returning no key", async () => {
    const before = new Set(standin.files.keys());
    const wrong = new UploadthingFileStorage({
      token: standin.tokenWith({ apiKey: "sk_wrong_key_0000000000000000" }),
      stagingDir: dir,
      ...standin.options,
    });
    const staged = await stage("wrong-key.pdf", pdf, "application/pdf");
    await expect(wrong.save(staged, randomUUID())).rejects.toThrow(/Invalid signature/);
    expect(new Set(standin.files.keys())).toEqual(before);

    // The API calls carry the key in a header, which the stand-in checks too.
    const key = await storage.save(staged, randomUUID());
    await expect(wrong.remove(key)).rejects.toThrow(/Invalid API key/);
    expect(standin.files.has(key)).toBe(true);
    await storage.remove(key);
  });

  it("only called the endpoints it stands in for, with the API key and signatures checked", () => {
    expect(standin.requests.filter((r) => r.endpoint === "unknown")).toEqual([]);
    const deletes = standin.requests.filter((r) => r.endpoint === "deleteFiles" && r.status === 200);
    expect(deletes.length).toBeGreaterThan(0);
    for (const r of deletes) expect(r.headers["x-uploadthing-api-key"]).toBe(standin.apiKey);
    const uploads = standin.requests.filter((r) => r.endpoint === "ingest");
    expect(uploads.map((r) => r.method)).toEqual(uploads.map(() => "PUT"));
    for (const r of standin.requests.filter((r) => r.endpoint !== "deleteFiles")) {
      expect(new URL(r.url).searchParams.get("signature")).toMatch(/^hmac-sha256=[0-9a-f]{64}$/);
    }
  });

  it("never sends the user's file name to uploadthing", () => {
    const seen = JSON.stringify(standin.requests);
    for (const name of [PDF_NAME, BIG_NAME]) {
      for (const form of [
        name,
        encodeURIComponent(name),
        encodeURIComponent(encodeURIComponent(name)),
        "张三",
        "secret",
      ]) {
        expect(seen).not.toContain(form);
      }
    }
    for (const r of standin.requests) for (const part of r.parts ?? []) expect(part.name ?? "").toMatch(NEUTRAL_NAME);
  });
});
