import "server-only";
import type { LookupCertificateInput } from "@/lib/certificates/certificate.schema";
import type { CertificateView, SignatureCheck } from "@/lib/certificates/certificate.types";
import { certificateMessages as m } from "@/lib/certificates/messages";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { certificateColumns, certificateViewOf, signedFieldsOf } from "./certificate-fields";
import { checkCertificateSignature } from "./certificate-signature";
import { consumeLookupCaptcha } from "./lookup-captcha";
import { lookupThrottle } from "./lookup-throttle";
import type { CertificateKeyRing } from "./signing-keys";

export type LookupContext = { clientAddress: string; captchaSecret: string; keys: CertificateKeyRing; now: Date };

/**
 * 证书查询 (public): the certificate whose number AND holder name are exactly the ones typed — one
 * query with both in its condition, so a wrong name with a right number and an unknown number take
 * the same path and get the same answer (NOT_FOUND, the same words). No listing, no partial match.
 * Every lookup costs a solved captcha (used up right or wrong) and counts against the client's
 * address; misses count against the number (lookup-throttle.ts). The answer shows what the
 * certificate prints, where it stands, and whether its stored signature still signs its data.
 */
export async function lookupCertificate(
  db: Db,
  input: LookupCertificateInput,
  { clientAddress, captchaSecret, keys, now }: LookupContext,
): Promise<{ certificate: Omit<CertificateView, "id">; signature: SignatureCheck }> {
  const captcha = await consumeLookupCaptcha(
    db,
    captchaSecret,
    { captchaId: input.captchaId, answer: input.captcha },
    now,
  );
  if (captcha !== "ok")
    throw new AppError("BAD_REQUEST", captcha === "wrong" ? m.captchaWrong : m.captchaExpired, { field: "captcha" });
  const throttle = lookupThrottle(db);
  if (!(await throttle.countLookup(clientAddress)) || (await throttle.numberBlocked(input.number)))
    throw new AppError("TOO_MANY_REQUESTS", m.tooManyLookups, { reason: "LIMIT_REACHED" });
  const row = await db.certificate.findFirst({
    where: { number: input.number, holderName: input.holderName },
    select: certificateColumns,
  });
  if (!row) {
    await throttle.countMiss(input.number);
    // Both fields carry it: neither is singled out as the wrong one.
    throw new AppError("NOT_FOUND", m.notFound, { fieldErrors: { number: [m.notFound], holderName: [m.notFound] } });
  }
  const { id: _id, ...certificate } = certificateViewOf(row);
  return { certificate, signature: checkCertificateSignature(signedFieldsOf(row), row, keys) };
}
