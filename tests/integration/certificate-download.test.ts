import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as downloadCertificate } from "@/app/api/certificates/[id]/pdf/route";
import { GET as caCertificate } from "@/app/api/certificates/ca/route";
import { env } from "@/env";
import type { PrismaClient } from "@/generated/prisma/client";
import { sessionCookie } from "@/server/auth/options";
import { certificateIssuer } from "@/server/domain/certificates/certificate-issuer";
import { startSession } from "@/server/domain/identity/start-session";
import { approvePublicity } from "@/server/domain/publicity/approve-publicity";
import type { FileStorage } from "@/server/storage/types";
import { AFTER_PERIOD, endedPublicity } from "../helpers/certificates";
import { createTestDb, type TestDb } from "../helpers/db";
import { makeAdmin, makeOrgWithPublisher, makeUser } from "../helpers/fixtures";
import { joined, pdfSignatures, pdfText } from "../helpers/poppler";
import { testStorage } from "../helpers/storage";

/**
 * 我的证书's 「下载」 as the browser reaches it: GET /api/certificates/<id>/pdf with a real session
 * cookie. The holder gets the signed PDF of their certificate; anyone else — another person, an
 * admin — gets 404 as for an id that does not exist; signed out, 401; a malformed id, 404. Never a
 * server error.
 */
const APP = "http://localhost:3000";
const holder = globalThis as unknown as { __zhichengDb?: PrismaClient; __zhichengStorage?: FileStorage };

let t: TestDb;
const cookies: Record<"holder" | "stranger" | "admin", string> = { holder: "", stranger: "", admin: "" };
let certificate: { id: string; number: string; holderName: string };

async function cookieFor(db: PrismaClient, userId: string) {
  const { ssoSubject } = await db.user.findUniqueOrThrow({ where: { id: userId } });
  const session = await startSession(db, { ssoSubject: ssoSubject ?? "" });
  const token = await encode({ token: { sid: session.id, name: "x" }, secret: env().NEXTAUTH_SECRET, maxAge: 1800 });
  return `${sessionCookie(env()).name}=${token}`;
}

const get = (id: string, cookie?: string) =>
  downloadCertificate(new NextRequest(`${APP}/api/certificates/${id}/pdf`, { headers: cookie ? { cookie } : {} }), {
    params: Promise.resolve({ id }),
  });

beforeAll(async () => {
  t = await createTestDb();
  holder.__zhichengDb = t.db;
  holder.__zhichengStorage = testStorage({ fresh: true });
  const { org, publisherId } = await makeOrgWithPublisher(t.db);
  const ended = await endedPublicity(t.db, org, publisherId, "赵证书");
  await approvePublicity(t.db, {
    ...ended,
    approver: { id: null, role: "SYSTEM" },
    now: AFTER_PERIOD,
    issuer: certificateIssuer(),
  });
  certificate = await t.db.certificate.findUniqueOrThrow({
    where: { applicationId: ended.applicationId },
    select: { id: true, number: true, holderName: true },
  });
  cookies.holder = await cookieFor(t.db, ended.person.id);
  cookies.stranger = await cookieFor(t.db, (await makeUser(t.db, "路人")).id);
  cookies.admin = await cookieFor(t.db, (await makeAdmin(t.db)).adminId);
});
afterAll(async () => {
  delete holder.__zhichengDb;
  delete holder.__zhichengStorage;
  await t.close();
});

describe("GET /api/certificates/<id>/pdf", () => {
  it("gives the holder the signed certificate PDF, saved under a Chinese name", async () => {
    const res = await get(certificate.id, cookies.holder);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(decodeURIComponent(res.headers.get("content-disposition") ?? "")).toContain(
      `职称证书-赵证书-${certificate.number}.pdf`,
    );
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const bytes = new Uint8Array(await res.arrayBuffer());
    const text = joined(pdfText(bytes));
    expect(text).toContain(certificate.number);
    expect(text).toContain("赵证书");
    expect(pdfSignatures(bytes)).toContain("Signature is Valid.");
  });

  it("is not found for anyone but the holder — an admin included — and asks the signed-out to sign in", async () => {
    for (const who of ["stranger", "admin"] as const) {
      const res = await get(certificate.id, cookies[who]);
      expect(res.status, who).toBe(404);
      expect(await res.json()).toMatchObject({ error: { message: "证书不存在，或不是您本人的证书" } });
    }
    expect((await get(certificate.id)).status).toBe(401);
  });

  it("answers a malformed or unknown id with 404, never a server error", async () => {
    for (const id of ["not-a-uuid", "%00", "'; drop table certificate; --", randomUUID()]) {
      expect((await get(id, cookies.holder)).status, id).toBe(404);
    }
  });
});

describe("GET /api/certificates/ca", () => {
  it("publishes the certificate of the authority the PDFs' signatures chain to", async () => {
    const res = await caCertificate();
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/^-----BEGIN CERTIFICATE-----\r?\n[\s\S]+-----END CERTIFICATE-----\s*$/);
  });
});
