import { describe, expect, it } from "vitest";
import { env } from "@/env";
import { captchaAnswer } from "@/lib/captcha/captcha-answer";
import { CERTIFICATE_NUMBER_PATTERN } from "@/lib/certificates/certificate-number";
import { type SignedFields, signedFieldOrder } from "@/lib/certificates/signed-payload";
import { readVerificationParams } from "@/lib/certificates/verification-url";
import { maskIdCard } from "@/lib/mask";
import { createCaller } from "@/server/api/root";
import { certificateDocumentOf } from "@/server/domain/certificates/certificate-document";
import { certificateColumns, signedFieldsOf } from "@/server/domain/certificates/certificate-fields";
import { certificateIssuer } from "@/server/domain/certificates/certificate-issuer";
import { checkCertificateSignature, signCertificate } from "@/server/domain/certificates/certificate-signature";
import { issueCertificate } from "@/server/domain/certificates/issue-certificate";
import { loadHolderCertificate } from "@/server/domain/certificates/load-holder-certificate";
import { LOOKUP_LIMITS } from "@/server/domain/certificates/lookup-throttle";
import { nextCertificateNumber } from "@/server/domain/certificates/next-certificate-number";
import { publicJwks } from "@/server/domain/certificates/signing-keys";
import { verifyCertificate } from "@/server/domain/certificates/verify-certificate";
import { approveEndedPublicities } from "@/server/domain/publicity/approve-ended-publicities";
import { approvePublicity } from "@/server/domain/publicity/approve-publicity";
import { AFTER_PERIOD, endedPublicity, rotatedIssuer, TEST_AUTHORITY, testIssuer } from "../helpers/certificates";
import { callerFor, makeOrg, makeUser } from "../helpers/fixtures";
import { applicationAtCommittee, closedMeeting, ensureCalendarForToday, makeChair } from "../helpers/publicity";
import { makeReviewWorld } from "../helpers/review";
import { testStorage } from "../helpers/storage";
import { refusal } from "../helpers/trpc-errors";
import { useTestDb } from "../helpers/use-test-db";

/**
 * 电子职称证书 (SPEC §8): issued with 终审通过, numbered per committee and year without gaps,
 * signed so that the printed data can be checked against the QR code's signature, found by the
 * public 证书查询 only by number and name together, and revoked by an admin.
 */
const storage = testStorage();
const system = { id: null, role: "SYSTEM" } as const;
const t = useTestDb(async (db) => {
  const world = await makeReviewWorld(db);
  const chair = await makeChair(db, world);
  await ensureCalendarForToday(db, world.publisherId);
  return { ...world, chair };
});

const certificateOf = (applicationId: string) =>
  t.db.certificate.findUniqueOrThrow({ where: { applicationId }, select: certificateColumns });
const messages = (recipientId: string, kind: "CERTIFICATE_ISSUED" | "CERTIFICATE_REVOKED") =>
  t.db.notification.findMany({ where: { recipientId, kind } });

/** Approves an application whose 公示 ended (endedPublicity) as the job would. */
const approve = (
  ended: { applicationId: string; publicityId: string },
  issuer = certificateIssuer(),
  now = AFTER_PERIOD,
) => approvePublicity(t.db, { ...ended, approver: system, now, issuer });

/** A caller from the client address `address`, signed out: the public pages' visitor. */
const visitor = (address: string) => createCaller({ db: t.db, storage, user: null, clientAddress: address });

/** The 证书查询 form filled as a person would: a fresh captcha, answered right unless told otherwise. */
async function lookupInput(number: string, holderName: string, answer?: string) {
  const { captchaId } = await visitor("198.51.100.1").certificate.captcha();
  return { number, holderName, captchaId, captcha: answer ?? (await captchaAnswer(env().NEXTAUTH_SECRET, captchaId)) };
}

describe("颁发: 终审通过 issues the certificate in the same transaction", () => {
  it("prints the approved form's title, the holder, the committee and the authority, signed, and tells the holder", async () => {
    const passed = await applicationAtCommittee(t.db, storage, t, "王证书");
    const meeting = await closedMeeting(t.db, t, {
      name: "颁证评审会",
      noticeId: passed.notice.id,
      results: [
        {
          applicationId: passed.applicationId,
          passed: true,
          tally: { agree: 9, disagree: 0, abstain: 0, presentEligible: 9, threshold: 6 },
        },
      ],
    });
    await t.chair.api.publicity.publish({ meetingId: meeting.id });
    const publicity = await t.db.publicity.findUniqueOrThrow({ where: { applicationId: passed.applicationId } });
    const after = new Date(publicity.endsOn.getTime() + 36 * 3_600_000);
    const issuer = testIssuer("2026-a");

    await approveEndedPublicities(t.db, { approver: system, now: after, issuer });

    const certificate = await certificateOf(passed.applicationId);
    const committee = await t.db.reviewCommittee.findUniqueOrThrow({ where: { id: t.org.committee.id } });
    const person = await t.db.user.findUniqueOrThrow({ where: { id: passed.person.id } });
    expect(signedFieldsOf(certificate)).toEqual({
      number: `${committee.code}-${after.getUTCFullYear()}-000001`,
      holderName: "王证书",
      maskedIdNumber: maskIdCard(person.idCardNumber),
      series: "工程系列",
      specialty: "电气工程",
      level: "副高级",
      titleName: "高级工程师",
      committeeName: committee.name,
      issuingAuthority: TEST_AUTHORITY,
      approvedOn: new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(after),
    });
    expect(certificate.holderIdCardNumber).toBe(person.idCardNumber);
    expect(certificate).toMatchObject({ status: "VALID", keyId: "2026-a", issuedAt: after });
    expect(certificate.verificationCode).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    expect(checkCertificateSignature(signedFieldsOf(certificate), certificate, issuer.keys)).toBe("valid");

    const [message] = await messages(passed.person.id, "CERTIFICATE_ISSUED");
    expect(message).toMatchObject({ title: "您的电子职称证书已颁发", link: "/hall/certificates" });
    expect(message.body).toContain(certificate.number);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entityId: certificate.id } });
    expect(audit).toMatchObject({ action: "certificate.issue", toStatus: "VALID", actorId: null });
    const mine = await passed.api.certificate.mine();
    expect(mine.map((c) => [c.number, c.status, c.maskedIdNumber])).toEqual([
      [certificate.number, "VALID", maskIdCard(person.idCardNumber)],
    ]);
  });

  it("running the approval again, or twice at once, issues once; a second certificate for one approval is refused", async () => {
    const ended = await endedPublicity(t.db, t.org, t.publisherId, "重复颁证");
    const results = await Promise.all([approve(ended), approve(ended)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await approve(ended)).toBe(false);
    expect(await t.db.certificate.count({ where: { applicationId: ended.applicationId } })).toBe(1);
    await expect(
      t.db.$transaction((tx) =>
        issueCertificate(tx, { applicationId: ended.applicationId, now: AFTER_PERIOD, issuer: certificateIssuer() }),
      ),
    ).rejects.toThrow();
    expect(await t.db.certificate.count({ where: { applicationId: ended.applicationId } })).toBe(1);
    expect(await messages(ended.person.id, "CERTIFICATE_ISSUED")).toHaveLength(1);
  });

  it("an objection that holds the result holds the certificate too", async () => {
    const ended = await endedPublicity(t.db, t.org, t.publisherId, "异议未决");
    const citizen = await makeUser(t.db, "异议人");
    await t.db.publicityObjection.create({
      data: { publicityId: ended.publicityId, filedById: citizen.id, text: "请核查", filedAt: new Date() },
    });
    expect(await approve(ended)).toBe(false);
    expect(await t.db.certificate.count({ where: { applicationId: ended.applicationId } })).toBe(0);
  });
});

describe("证书编号: committee code, year, sequence — no gaps, no duplicates", () => {
  it("20 approvals of one committee at once are numbered 1 to 20 of the year", async () => {
    const org = await makeOrg(t.db);
    const code = (await t.db.reviewCommittee.findUniqueOrThrow({ where: { id: org.committee.id } })).code;
    const ended = [];
    for (let i = 0; i < 20; i += 1) ended.push(await endedPublicity(t.db, org, t.publisherId, `并发${i}`));
    const results = await Promise.all(ended.map((e) => approve(e)));
    expect(results.every(Boolean)).toBe(true);
    const numbers = (await t.db.certificate.findMany({ where: { committeeId: org.committee.id } })).map(
      (c) => c.number,
    );
    const expected = Array.from({ length: 20 }, (_, i) => `${code}-2026-${String(i + 1).padStart(6, "0")}`);
    expect(numbers.sort()).toEqual(expected);
    expect(numbers.every((n) => CERTIFICATE_NUMBER_PATTERN.test(n))).toBe(true);
  });

  it("each committee and each year counts on its own, and a rolled-back approval gives its number back", async () => {
    const org = await makeOrg(t.db);
    await t.db.reviewCommittee.update({ where: { id: org.committee.id }, data: { code: "JLGC" } });
    const committee = { id: org.committee.id, code: "JLGC" };
    await expect(
      t.db.$transaction(async (tx) => {
        expect(await nextCertificateNumber(tx, committee, 2027)).toBe("JLGC-2027-000001");
        throw new Error("the approval failed after numbering");
      }),
    ).rejects.toThrow("the approval failed");
    expect(await t.db.$transaction((tx) => nextCertificateNumber(tx, committee, 2027))).toBe("JLGC-2027-000001");
    expect(await t.db.$transaction((tx) => nextCertificateNumber(tx, committee, 2027))).toBe("JLGC-2027-000002");
    expect(await t.db.$transaction((tx) => nextCertificateNumber(tx, committee, 2028))).toBe("JLGC-2028-000001");
    const other = await makeOrg(t.db);
    await t.db.reviewCommittee.update({ where: { id: other.committee.id }, data: { code: "JLWS" } });
    expect(
      await t.db.$transaction((tx) => nextCertificateNumber(tx, { id: other.committee.id, code: "JLWS" }, 2027)),
    ).toBe("JLWS-2027-000001");
  });
});

describe("签名: the printed data against the QR code's signature", () => {
  const fields: SignedFields = {
    number: "JLGC-2026-000017",
    holderName: "张明",
    maskedIdNumber: "2201**********1234",
    series: "工程系列",
    specialty: "电气工程",
    level: "正高级",
    titleName: "正高级工程师",
    committeeName: "吉林省工程系列高级职称评审委员会",
    issuingAuthority: TEST_AUTHORITY,
    approvedOn: "2026-12-10",
  };

  it("a signature verifies its fields with the key that made it", () => {
    const issuer = testIssuer("k1");
    const signed = signCertificate(fields, issuer.keys);
    expect(signed.keyId).toBe("k1");
    expect(Buffer.from(signed.signature, "base64url")).toHaveLength(64);
    expect(checkCertificateSignature(fields, signed, issuer.keys)).toBe("valid");
  });

  it.each(signedFieldOrder)("a changed %s fails as tampered", (name) => {
    const issuer = testIssuer("k1");
    const signed = signCertificate(fields, issuer.keys);
    expect(checkCertificateSignature({ ...fields, [name]: `${fields[name]}1` }, signed, issuer.keys)).toBe("tampered");
  });

  it("a changed signature fails as tampered; an unknown key id as unknownKey; another key of the same id as tampered", () => {
    const issuer = testIssuer("k1");
    const signed = signCertificate(fields, issuer.keys);
    const flipped = Buffer.from(signed.signature, "base64url");
    flipped[10] ^= 1;
    expect(
      checkCertificateSignature(fields, { ...signed, signature: flipped.toString("base64url") }, issuer.keys),
    ).toBe("tampered");
    expect(checkCertificateSignature(fields, { ...signed, signature: "AAAA" }, issuer.keys)).toBe("tampered");
    expect(checkCertificateSignature(fields, { ...signed, keyId: "k9" }, issuer.keys)).toBe("unknownKey");
    expect(checkCertificateSignature(fields, signed, testIssuer("k1").keys)).toBe("tampered");
  });

  it("after a rotation old certificates still verify by their key id, new ones are signed with the new key", async () => {
    const first = testIssuer("2025-1");
    const old = await endedPublicity(t.db, t.org, t.publisherId, "轮换前");
    await approve(old, first);
    const second = testIssuer("2026-1");
    const rotated = rotatedIssuer([first], second);
    const fresh = await endedPublicity(t.db, t.org, t.publisherId, "轮换后");
    await approve(fresh, rotated);

    const oldCert = await certificateOf(old.applicationId);
    const newCert = await certificateOf(fresh.applicationId);
    expect([oldCert.keyId, newCert.keyId]).toEqual(["2025-1", "2026-1"]);
    for (const cert of [oldCert, newCert]) {
      const params = { number: cert.number, keyId: cert.keyId, signature: cert.signature };
      expect(await verifyCertificate(t.db, params, rotated.keys)).toMatchObject({ signature: "valid" });
    }
    // A site that no longer lists the old key cannot vouch for what it signed.
    const forgotten = rotatedIssuer([], second);
    expect(
      await verifyCertificate(
        t.db,
        { number: oldCert.number, keyId: oldCert.keyId, signature: oldCert.signature },
        forgotten.keys,
      ),
    ).toMatchObject({ signature: "unknownKey" });
    expect(publicJwks(rotated.keys).keys.map((k) => [k.kid, k.kty, k.crv, "d" in k])).toEqual([
      ["2025-1", "OKP", "Ed25519", false],
      ["2026-1", "OKP", "Ed25519", false],
    ]);
  });

  it("the verification page checks the QR code's signature against the row as it is now: a changed row fails", async () => {
    const ended = await endedPublicity(t.db, t.org, t.publisherId, "篡改测试");
    await approve(ended);
    const cert = await certificateOf(ended.applicationId);
    const document = certificateDocumentOf(cert, "https://zc.example.gov.cn");
    expect(document.qrText.startsWith("https://zc.example.gov.cn/certificates/verify?")).toBe(true);
    const params = readVerificationParams(Object.fromEntries(new URL(document.qrText).searchParams));
    expect(params).toEqual({ number: cert.number, keyId: cert.keyId, signature: cert.signature });
    const keys = certificateIssuer().keys;
    expect(await verifyCertificate(t.db, params, keys)).toMatchObject({
      outcome: "checked",
      signature: "valid",
      certificate: { number: cert.number, holderName: "篡改测试", status: "VALID" },
    });

    for (const change of [{ holderName: "李四" }, { titleName: "正高级工程师" }, { issuingAuthority: "某机关" }]) {
      await t.db.certificate.update({ where: { id: cert.id }, data: change });
      expect(await verifyCertificate(t.db, params, keys)).toMatchObject({ signature: "tampered" });
      await t.db.certificate.update({
        where: { id: cert.id },
        data: { holderName: cert.holderName, titleName: cert.titleName, issuingAuthority: cert.issuingAuthority },
      });
    }
    // Re-signing the changed row with another key does not help: the printed signature is the one checked.
    expect(await verifyCertificate(t.db, { ...params!, keyId: "forged" }, keys)).toMatchObject({
      signature: "unknownKey",
    });
    expect(await verifyCertificate(t.db, null, keys)).toEqual({ outcome: "malformed" });
    expect(await verifyCertificate(t.db, { ...params!, number: "JLGC-1999-000001" }, keys)).toEqual({
      outcome: "notFound",
    });
    expect(readVerificationParams({ n: cert.number, k: cert.keyId })).toBeNull();
    expect(readVerificationParams({ n: cert.number, k: cert.keyId, s: "not base64url!" })).toBeNull();
  });
});

describe("证书查询: number and name together, against enumeration", () => {
  it("finds a certificate by its number and holder name; a wrong name gets exactly the unknown number's answer", async () => {
    const ended = await endedPublicity(t.db, t.org, t.publisherId, "查询人");
    await approve(ended);
    const cert = await certificateOf(ended.applicationId);
    const found = await visitor("198.51.100.10").certificate.lookup(await lookupInput(cert.number, "查询人"));
    expect(found).toMatchObject({ signature: "valid", certificate: { number: cert.number, status: "VALID" } });
    expect(found.certificate).not.toHaveProperty("id");
    expect(found.certificate.maskedIdNumber).toBe(maskIdCard(cert.holderIdCardNumber));

    const wrongName = await refusal(
      visitor("198.51.100.10").certificate.lookup(await lookupInput(cert.number, "查询")),
    );
    const unknown = await refusal(
      visitor("198.51.100.10").certificate.lookup(await lookupInput("JLGC-2026-999999", "查询人")),
    );
    expect(wrongName).toEqual(unknown);
    expect(wrongName).toMatchObject({
      code: "NOT_FOUND",
      message: "未查询到与该证书编号和持证人姓名相符的证书，请核对后重新输入",
    });
    // Case and full-width forms of the number are the same number; a number containing it is not it.
    const wide = cert.number.toLowerCase().replace("-", "－");
    expect(
      (await visitor("198.51.100.10").certificate.lookup(await lookupInput(wide, "查询人"))).certificate.number,
    ).toBe(cert.number);
    expect(
      await refusal(visitor("198.51.100.10").certificate.lookup(await lookupInput(`${cert.number}1`, "查询人"))),
    ).toEqual(unknown);
  });

  it("every lookup needs a fresh captcha answered right; a malformed number is told so at its field", async () => {
    const input = await lookupInput("JLGC-2026-000001", "某人", "XXXX");
    expect(await refusal(visitor("198.51.100.20").certificate.lookup(input))).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { captcha: ["验证码错误"] },
    });
    const right = await lookupInput("JLGC-2026-000001", "某人");
    await refusal(visitor("198.51.100.20").certificate.lookup(right));
    expect(await refusal(visitor("198.51.100.20").certificate.lookup(right))).toMatchObject({
      fieldErrors: { captcha: ["验证码已过期，请重新输入"] },
    });
    expect(
      await refusal(visitor("198.51.100.20").certificate.lookup(await lookupInput("证书123", "某人"))),
    ).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { number: ["证书编号格式不正确，应形如 JLGC-2026-000017"] } });
  });

  it("an address gets 20 lookups an hour; a number 5 misses an hour from any address, the right name then refused too", async () => {
    const ended = await endedPublicity(t.db, t.org, t.publisherId, "限流人");
    await approve(ended);
    const cert = await certificateOf(ended.applicationId);
    const busy = visitor("203.0.113.7");
    for (let i = 0; i < LOOKUP_LIMITS.perClient.points; i += 1)
      await refusal(busy.certificate.lookup(await lookupInput(`JLGC-2026-${String(500 + i).padStart(6, "0")}`, "甲")));
    expect(await refusal(busy.certificate.lookup(await lookupInput(cert.number, "限流人")))).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: "查询过于频繁，请稍后再试",
    });
    expect(
      (await visitor("203.0.113.8").certificate.lookup(await lookupInput(cert.number, "限流人"))).certificate.number,
    ).toBe(cert.number);

    for (let i = 0; i < LOOKUP_LIMITS.perNumberMisses.points; i += 1)
      expect(
        await refusal(visitor(`192.0.2.${i}`).certificate.lookup(await lookupInput(cert.number, `猜${i}`))),
      ).toMatchObject({ code: "NOT_FOUND" });
    expect(
      await refusal(visitor("192.0.2.100").certificate.lookup(await lookupInput(cert.number, "限流人"))),
    ).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    // An unknown number is limited the same way, so the limit does not tell which numbers exist.
    for (let i = 0; i < LOOKUP_LIMITS.perNumberMisses.points; i += 1)
      await refusal(visitor(`192.0.2.${50 + i}`).certificate.lookup(await lookupInput("JLGC-2026-888888", "猜")));
    expect(
      await refusal(visitor("192.0.2.101").certificate.lookup(await lookupInput("JLGC-2026-888888", "猜"))),
    ).toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });
});

describe("撤销: by an admin, with a reason; verification shows it at once", () => {
  it("requires a reason, revokes once, audits, tells the holder; the page then says 已撤销 with date and reason", async () => {
    const ended = await endedPublicity(t.db, t.org, t.publisherId, "撤销人");
    await approve(ended);
    const cert = await certificateOf(ended.applicationId);
    const admin = t.admin;
    expect(await refusal(admin.admin.certificates.revoke({ certificateId: cert.id, reason: "  " }))).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { reason: ["请输入撤销原因"] },
    });
    expect(
      await refusal(ended.api.admin.certificates.revoke({ certificateId: cert.id, reason: "自行撤销" })),
    ).toMatchObject({ code: "FORBIDDEN" });

    const found = await admin.admin.certificates.list({ q: cert.number.slice(0, 9) });
    expect(found.items.map((c) => c.number)).toContain(cert.number);
    expect((await admin.admin.certificates.list({ q: "撤销人" })).items.map((c) => c.number)).toEqual([cert.number]);
    expect((await admin.admin.certificates.list({ q: "撤销" })).items).toEqual([]);

    const reason = "经查申报材料存在弄虚作假情形";
    const revoked = await admin.admin.certificates.revoke({ certificateId: cert.id, reason });
    expect(revoked).toMatchObject({ number: cert.number, status: "REVOKED" });
    expect(await refusal(admin.admin.certificates.revoke({ certificateId: cert.id, reason: "再次" }))).toMatchObject({
      code: "CONFLICT",
      message: "该证书已被撤销",
    });
    const row = await certificateOf(ended.applicationId);
    expect(row).toMatchObject({ status: "REVOKED", revokedReason: reason });

    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entityId: cert.id, action: "certificate.revoke" } });
    expect(audit).toMatchObject({
      fromStatus: "VALID",
      toStatus: "REVOKED",
      detail: expect.objectContaining({ reason }),
    });
    const [message] = await messages(ended.person.id, "CERTIFICATE_REVOKED");
    expect(message.body).toContain(reason);

    const verification = await verifyCertificate(
      t.db,
      { number: cert.number, keyId: cert.keyId, signature: cert.signature },
      certificateIssuer().keys,
    );
    expect(verification).toMatchObject({
      outcome: "checked",
      signature: "valid",
      certificate: { status: "REVOKED", revokedReason: reason, revokedAt: row.revokedAt },
    });
    expect((await ended.api.certificate.mine())[0]).toMatchObject({ status: "REVOKED", revokedReason: reason });
  });
});

describe("who sees a certificate", () => {
  it("only the holder loads it for the PDF; anyone else, the admin included, gets nothing", async () => {
    const ended = await endedPublicity(t.db, t.org, t.publisherId, "持证人");
    await approve(ended);
    const cert = await certificateOf(ended.applicationId);
    const stranger = await makeUser(t.db, "旁人");
    const adminId = (await t.db.roleAssignment.findFirstOrThrow({ where: { role: "ADMIN", revokedAt: null } })).userId;
    expect((await loadHolderCertificate(t.db, { certificateId: cert.id, userId: ended.person.id }))?.number).toBe(
      cert.number,
    );
    expect(await loadHolderCertificate(t.db, { certificateId: cert.id, userId: stranger.id })).toBeNull();
    expect(await loadHolderCertificate(t.db, { certificateId: cert.id, userId: adminId })).toBeNull();
    expect(await (await callerFor(t.db, stranger.id)).certificate.mine()).toEqual([]);
    expect(await refusal((await callerFor(t.db, null)).certificate.mine())).toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("the PDF's document prints the signed fields, the dates in words and the verification URL", async () => {
    const ended = await endedPublicity(t.db, t.org, t.publisherId, "文档人");
    await approve(ended);
    const cert = await certificateOf(ended.applicationId);
    const document = certificateDocumentOf(cert, "http://localhost:3000");
    expect(document).toMatchObject({
      number: cert.number,
      holderName: "文档人",
      maskedIdNumber: maskIdCard(cert.holderIdCardNumber),
      approvedOn: "2026年10月8日",
      issuedOn: "2026年10月8日",
      verificationCode: cert.verificationCode,
    });
    expect(document.maskedIdNumber).not.toBe(cert.holderIdCardNumber);
    const url = new URL(document.qrText);
    expect([url.origin, url.pathname, url.searchParams.get("n"), url.searchParams.get("k")]).toEqual([
      "http://localhost:3000",
      "/certificates/verify",
      cert.number,
      cert.keyId,
    ]);
  });
});
