import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { calendarDateOf, dateValue } from "@/lib/calendar/calendar-date";
import type { CertificateView } from "@/lib/certificates/certificate.types";
import type { SignedFields } from "@/lib/certificates/signed-payload";
import { maskIdCard } from "@/lib/mask";
import { verificationCodeOf } from "./verification-code";

/** The columns a certificate is shown and verified from. */
export const certificateColumns = {
  id: true,
  number: true,
  holderName: true,
  holderIdCardNumber: true,
  seriesName: true,
  specialty: true,
  levelName: true,
  titleName: true,
  committeeName: true,
  issuingAuthority: true,
  approvedOn: true,
  issuedAt: true,
  verificationCode: true,
  keyId: true,
  signature: true,
  status: true,
  revokedAt: true,
  revokedReason: true,
} satisfies Prisma.CertificateSelect;

export type CertificateRow = Prisma.CertificateGetPayload<{ select: typeof certificateColumns }>;

/** The fields the signature covers, as the row holds them now. */
export function signedFieldsOf(row: CertificateRow): SignedFields {
  return {
    number: row.number,
    holderName: row.holderName,
    maskedIdNumber: maskIdCard(row.holderIdCardNumber),
    series: row.seriesName,
    specialty: row.specialty,
    level: row.levelName,
    titleName: row.titleName,
    committeeName: row.committeeName,
    issuingAuthority: row.issuingAuthority,
    approvedOn: calendarDateOf(row.approvedOn),
  };
}

/**
 * The columns a certificate row keeps of its signed fields and signature: what signedFieldsOf reads
 * back. The holder's full 身份证号 is stored apart (the signature covers its masked form).
 */
export function signedColumnsOf(fields: SignedFields, { keyId, signature }: { keyId: string; signature: string }) {
  return {
    number: fields.number,
    holderName: fields.holderName,
    seriesName: fields.series,
    specialty: fields.specialty,
    levelName: fields.level,
    titleName: fields.titleName,
    committeeName: fields.committeeName,
    issuingAuthority: fields.issuingAuthority,
    approvedOn: dateValue(fields.approvedOn),
    verificationCode: verificationCodeOf(signature),
    keyId,
    signature,
  } satisfies Partial<Prisma.CertificateUncheckedCreateInput>;
}

/** What a page shows of a certificate: the printed fields (the 身份证号 masked) and its status. */
export function certificateViewOf(row: CertificateRow): CertificateView {
  return {
    id: row.id,
    ...signedFieldsOf(row),
    issuedAt: row.issuedAt,
    verificationCode: row.verificationCode,
    status: row.status,
    revokedAt: row.revokedAt,
    revokedReason: row.revokedReason,
  };
}
