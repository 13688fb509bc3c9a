import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as downloadFile } from "@/app/api/files/[id]/route";
import { POST as uploadFile } from "@/app/api/files/route";
import { GET as trpcGet, POST as trpcPost } from "@/app/api/trpc/[trpc]/route";
import { env } from "@/env";
import type { PrismaClient } from "@/generated/prisma/client";
import { textProblem } from "@/lib/validation/text";
import { sessionCookie } from "@/server/auth/options";
import { startSession } from "@/server/domain/identity/start-session";
import type { FileStorage } from "@/server/storage/types";
import { startDraft } from "../helpers/application-form";
import { sample } from "../helpers/attachments";
import { createTestDb, type TestDb } from "../helpers/db";
import { makeAdmin, makeOrgWithPublisher } from "../helpers/fixtures";
import { naughtySample, naughtyStrings } from "../helpers/hostile-input/strings";
import { testStorage } from "../helpers/storage";

/**
 * The route handlers as a browser or an attacker reaches them: real Request objects through the
 * tRPC endpoint and the file routes, with a real session cookie. Whatever arrives — malformed JSON,
 * a broken superjson envelope, an oversized batch, hostile file names — the answer is a refusal
 * with a message, never a server error; a server fault tells nothing of itself but its number.
 */
const APP = "http://localhost:3000";
const holder = globalThis as unknown as { __zhichengDb?: PrismaClient; __zhichengStorage?: FileStorage };

let t: TestDb;
let cookie: string;
let applicantCookie: string;
let applicationId: string;

async function cookieFor(db: PrismaClient, ssoSubject: string) {
  const session = await startSession(db, { ssoSubject });
  const token = await encode({ token: { sid: session.id, name: "x" }, secret: env().NEXTAUTH_SECRET, maxAge: 1800 });
  return `${sessionCookie(env()).name}=${token}`;
}

beforeAll(async () => {
  t = await createTestDb();
  holder.__zhichengDb = t.db;
  holder.__zhichengStorage = testStorage({ fresh: true });
  const { org, publisherId } = await makeOrgWithPublisher(t.db);
  const { adminId } = await makeAdmin(t.db);
  const admin = await t.db.user.findUniqueOrThrow({ where: { id: adminId } });
  cookie = await cookieFor(t.db, admin.ssoSubject ?? "");
  const draft = await startDraft(t.db, org, publisherId);
  applicationId = draft.applicationId;
  applicantCookie = await cookieFor(t.db, draft.person.ssoSubject ?? "");
});
afterAll(async () => {
  delete holder.__zhichengDb;
  delete holder.__zhichengStorage;
  await t.close();
});

const trpcUrl = (path: string, query = "") => `${APP}/api/trpc/${path}${query}`;

function post(path: string, body: string, headers: Record<string, string> = {}) {
  return trpcPost(
    new NextRequest(trpcUrl(path, "?batch=1"), {
      method: "POST",
      headers: { "content-type": "application/json", cookie, ...headers },
      body,
    }),
  );
}

/** A batched query by GET, as the browser sends queries: inputs superjson-serialised in the URL. */
function getBatch(paths: string[], inputs: unknown[]) {
  const input = Object.fromEntries(inputs.map((value, i) => [i, superjson.serialize(value)]));
  const query = `?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`;
  return trpcGet(new NextRequest(trpcUrl(paths.join(","), query), { headers: { cookie } }));
}

type WireError = { error: { json: { message: string; data: { code: string; httpStatus: number; errorId?: string } } } };
const errorsOf = async (res: Response) => {
  const body = (await res.json()) as WireError | WireError[];
  return (Array.isArray(body) ? body : [body]).map((item) => item.error.json);
};

describe("the tRPC endpoint over HTTP", () => {
  it("answers malformed JSON and broken superjson envelopes with 400 and a sentence, never a server error", async () => {
    const bodies = [
      "{",
      "[1,2",
      '{"0":{"json":{"name":"甲"},"meta":{"values":{"name":["bigint"]}}}}',
      '{"0":{"json":{"name":"甲"},"meta":{"values":{"name":["set"]}}}}',
      '{"0":{"json":{"name":{}},"meta":{"values":{"name.__proto__":["map"]}}}}',
      '{"0":{"json":{"name":"甲"},"meta":{"values":{"name":[["custom","nope"]]}}}}',
      '"\\ud800"',
      "null",
      JSON.stringify({ 0: { json: "x".repeat(100_000) } }),
    ];
    for (const body of bodies) {
      const res = await post("admin.departments.create", body);
      expect(res.status, body.slice(0, 60)).toBeGreaterThanOrEqual(400);
      expect(res.status, body.slice(0, 60)).toBeLessThan(500);
      const [error] = await errorsOf(res);
      expect(error.message, body.slice(0, 60)).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("refuses hostile text in a query's URL input with the field's message", async () => {
    for (const q of ["x\u0000y", "x\ud800y", "\u202eabc"]) {
      const res = await getBatch(["admin.units.list"], [{ q }]);
      expect(res.status).toBe(400);
      const [error] = await errorsOf(res);
      expect(error.message).toMatch(/控制字符|无法识别的字符/);
    }
  });

  it("serves 10 calls in one request and refuses 11 with 413 and a message", async () => {
    const paths = (n: number) => Array.from({ length: n }, () => "admin.overview");
    const ten = await getBatch(paths(10), []);
    expect(ten.status).toBe(200);
    expect(((await ten.json()) as unknown[]).length).toBe(10);

    const eleven = await getBatch(paths(11), []);
    expect(eleven.status).toBe(413);
    const [error] = await errorsOf(eleven);
    expect(error).toMatchObject({ message: "一次请求最多包含10个操作，请刷新页面后重试" });
    expect(error.data).toMatchObject({ code: "PAYLOAD_TOO_LARGE", httpStatus: 413 });
    // Commas encoded in the path are the same calls.
    const encoded = await trpcGet(new NextRequest(trpcUrl(paths(11).join("%2C"), "?batch=1"), { headers: { cookie } }));
    expect(encoded.status).toBe(413);
  });

  it("answers a database fault with 系统繁忙 and an error number that finds the real error in the log", async () => {
    const broken = await createTestDb();
    const admin = await makeAdmin(broken.db);
    const person = await broken.db.user.findUniqueOrThrow({ where: { id: admin.adminId } });
    const brokenCookie = await cookieFor(broken.db, person.ssoSubject ?? "");
    await broken.db.$executeRawUnsafe('DROP TABLE "Department" CASCADE');
    holder.__zhichengDb = broken.db;
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const res = await post("admin.departments.create", JSON.stringify({ 0: { json: { name: "新部门" } } }), {
        cookie: brokenCookie,
      });
      const text = await res.clone().text();
      expect(res.status).toBe(500);
      expect(text).not.toMatch(/prisma|invocation|relation|does not exist|stack|"Department"/i);
      const [error] = await errorsOf(res);
      const errorId = error.data.errorId ?? "";
      expect(errorId).toMatch(/^[0-9a-f]{8}$/);
      expect(error.message).toBe(`系统繁忙，请稍后重试（错误编号 ${errorId}）`);
      const lines = logged.mock.calls.map((args) => JSON.parse(String(args[0])));
      expect(lines).toEqual([
        expect.objectContaining({ event: "server.fault", errorId, path: "admin.departments.create" }),
      ]);
      expect(JSON.stringify(lines[0].error)).toMatch(/Department/);
    } finally {
      logged.mockRestore();
      holder.__zhichengDb = t.db;
      await broken.close();
    }
  });
});

/**
 * File names arrive URI-encoded in X-File-Name (a header carries bytes, not UTF-16), so the
 * hostile strings are sent as a browser would encode them, plus what only an attacker sends:
 * encoded NUL and lone surrogates, overlong UTF-8, broken escapes, Latin-1 bytes.
 */
const encodeName = (value: string) => {
  try {
    return encodeURIComponent(value);
  } catch {
    return value.replace(/[^\x20-\x7e]/g, "?");
  }
};
const hostileNames = [
  "",
  "%00",
  "a%00b.pdf",
  "%ED%A0%80.pdf",
  "%E2%80%AEfdp.exe",
  "%EF%BF%BD.pdf",
  "%C0%AF.pdf",
  "%",
  "%E4%B8",
  "..%2F..%2Fetc%2Fpasswd",
  "..\\..\\boot.ini",
  "\xff\xfe.pdf",
  "a".repeat(10_000),
  encodeURIComponent(`a${"😀".repeat(100)}.pdf`),
  ...naughtySample(0, process.env.HOSTILE_INPUT === "full" ? naughtyStrings.length : 40).map((s) =>
    encodeName(`${s.value}.pdf`),
  ),
];

function upload(name: string) {
  const url = `${APP}/api/files?applicationId=${applicationId}&slot=CHSI_REPORT`;
  return uploadFile(
    new NextRequest(url, {
      method: "POST",
      headers: { cookie: applicantCookie, "x-file-name": name, "content-length": String(sample.pdf.length) },
      body: sample.pdf,
      duplex: "half",
    } as ConstructorParameters<typeof NextRequest>[1]),
  );
}

describe("the file routes", () => {
  it("store a hostile X-File-Name cleaned, or refuse it, never with a server error", async () => {
    const problems: string[] = [];
    for (const name of hostileNames) {
      const res = await upload(name);
      const body = (await res.json()) as { attachment?: { id: string; name: string }; error?: { message: string } };
      if (res.status >= 500) problems.push(`${name.slice(0, 40)}: ${res.status} ${body.error?.message}`);
      else if (res.status === 201 && body.attachment) {
        const stored = await t.db.attachment.findUniqueOrThrow({ where: { id: body.attachment.id } });
        if (textProblem(stored.originalName)) problems.push(`${name.slice(0, 40)}: stored as ${stored.originalName}`);
        if (/[/\\]/.test(stored.originalName)) problems.push(`${name.slice(0, 40)}: a path in ${stored.originalName}`);
        if (stored.originalName.length > 120)
          problems.push(`${name.slice(0, 40)}: ${stored.originalName.length} chars`);
        await t.db.attachment.delete({ where: { id: stored.id } });
      } else if (!body.error?.message) problems.push(`${name.slice(0, 40)}: ${res.status} without a message`);
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it("answer a malformed or hostile id in the download URL with 404", async () => {
    for (const id of ["%00", "x\u0000y", "\ud800", "a".repeat(10_000), "../../etc/passwd"]) {
      const res = await downloadFile(new NextRequest(`${APP}/api/files/x`, { headers: { cookie: applicantCookie } }), {
        params: Promise.resolve({ id }),
      });
      expect(res.status).toBe(404);
    }
  });

  it("answer a storage fault with 系统繁忙 and an error number, not the error", async () => {
    const failing: FileStorage = Object.assign(Object.create(testStorage()) as FileStorage, {
      save: async () => {
        throw new Error("EACCES: permission denied, open '/srv/zhicheng/files/ab/cd'");
      },
    });
    holder.__zhichengStorage = failing;
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const res = await upload(encodeURIComponent("证书.pdf"));
      expect(res.status).toBe(500);
      const body = (await res.json()) as { error: { message: string; errorId: string } };
      expect(body.error.message).toBe(`系统繁忙，请稍后重试（错误编号 ${body.error.errorId}）`);
      expect(JSON.stringify(body)).not.toMatch(/EACCES|srv/);
      const faults = logged.mock.calls
        .map((args) => String(args[0]))
        .filter((line) => line.includes('"server.fault"'))
        .map((line) => JSON.parse(line));
      expect(faults).toEqual([expect.objectContaining({ errorId: body.error.errorId, where: "files.upload" })]);
    } finally {
      logged.mockRestore();
      holder.__zhichengStorage = testStorage({ fresh: true });
    }
  });
});
