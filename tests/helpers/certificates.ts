import type { PrismaClient } from "@/generated/prisma/client";
import { dateValue } from "@/lib/calendar/calendar-date";
import type { CertificateIssuer } from "@/server/domain/certificates/certificate-issuer";
import { generateCertificateKeyRing, parseCertificateKeyRing } from "@/server/domain/certificates/signing-keys";
import { startDraft } from "./application-form";
import type { Org } from "./fixtures";

export const TEST_AUTHORITY = "吉林省人力资源和社会保障厅";

/** An issuer with one fresh key named `keyId`, and the key ring's JSON (for rotating it). */
export function testIssuer(keyId = "test-1"): CertificateIssuer & { json: string } {
  const json = generateCertificateKeyRing(keyId);
  return { keys: parseCertificateKeyRing(json), authority: TEST_AUTHORITY, json };
}

/**
 * The key ring after a rotation: `next`'s key is current, the keys of `retired` stay listed
 * without their private halves, so what they signed still verifies.
 */
export function rotatedIssuer(retired: { json: string }[], next: { json: string }): CertificateIssuer {
  type Ring = { current: string; keys: Record<string, string>[] };
  const nextRing = JSON.parse(next.json) as Ring;
  const old = retired.flatMap((r) => (JSON.parse(r.json) as Ring).keys.map(({ d: _d, ...publicHalf }) => publicHalf));
  const json = JSON.stringify({ current: nextRing.current, keys: [...old, ...nextRing.keys] });
  return { keys: parseCertificateKeyRing(json), authority: TEST_AUTHORITY };
}

/**
 * An application whose 公示 has ended, taken the short way: a draft moved straight to 公示 with a
 * published meeting and a period in the past (the full path is publicity.test.ts's). It has no
 * submitted snapshot, so its certificate's form fields are empty; what counts here is the number.
 */
export async function endedPublicity(db: PrismaClient, org: Org, publisherId: string, name: string) {
  const draft = await startDraft(db, org, publisherId, name);
  await db.application.update({
    where: { id: draft.applicationId },
    data: { status: "SUBMITTED", stage: "PUBLICITY" },
  });
  const meeting = await db.reviewMeeting.create({
    data: {
      committeeId: org.committee.id,
      noticeId: draft.notice.id,
      name: `${name}评审会`,
      date: new Date("2026-09-20T00:00:00Z"),
      place: "会议室",
      status: "PUBLISHED",
      drawSeed: "5eed",
      createdById: publisherId,
    },
  });
  const publicity = await db.publicity.create({
    data: {
      applicationId: draft.applicationId,
      meetingId: meeting.id,
      applicantName: name,
      unitName: org.unit.name,
      series: "ENGINEERING",
      appliedTitle: "高级工程师",
      appliedLevel: "SUB_SENIOR",
      startsOn: dateValue("2026-09-21"),
      endsOn: dateValue("2026-09-25"),
      publishedAt: new Date("2026-09-21T02:00:00Z"),
    },
  });
  return { ...draft, publicityId: publicity.id };
}

/** A day after every period endedPublicity makes: 2026-10-08, 10:00 Beijing time. */
export const AFTER_PERIOD = new Date("2026-10-08T02:00:00Z");

/** A valid certificate of a fresh draft application, written directly (for tests of what is done to one). */
export async function certificateRow(db: PrismaClient, org: Org, publisherId: string, name = "持证人") {
  const draft = await startDraft(db, org, publisherId, name);
  const holder = await db.user.findUniqueOrThrow({ where: { id: draft.person.id } });
  const last = await db.certificate.count();
  return db.certificate.create({
    data: {
      number: `TEST-2026-${String(last + 1).padStart(6, "0")}`,
      applicationId: draft.applicationId,
      holderId: holder.id,
      holderName: holder.name,
      holderIdCardNumber: holder.idCardNumber ?? "",
      seriesName: "工程系列",
      specialty: "电气工程",
      levelName: "副高级",
      titleName: "高级工程师",
      committeeId: org.committee.id,
      committeeName: org.committee.name,
      issuingAuthority: TEST_AUTHORITY,
      approvedOn: dateValue("2026-10-08"),
      issuedAt: AFTER_PERIOD,
      verificationCode: "ABCD-EFGH",
      keyId: "test",
      signature: "AAAA",
    },
  });
}
