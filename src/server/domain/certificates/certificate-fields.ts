import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { calendarDateOf } from "@/lib/calendar/calendar-date";
import type { CertificateView } from "@/lib/certificates/certificate.types";
import type { SignedFields } from "@/lib/certificates/signed-payload";
import { maskIdCard } from "@/lib/mask";

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

/** What a page shows of a certificate: the printed fields (the 身份证号 masked) and its status. */
export function certificateViewOf(row: CertificateRow): CertificateView {
  const { number, holderName, maskedIdNumber, series, specialty, level, titleName, committeeName } =
    signedFieldsOf(row);
  return {
    id: row.id,
    number,
    holderName,
    maskedIdNumber,
    series,
    specialty,
    level,
    titleName,
    committeeName,
    issuingAuthority: row.issuingAuthority,
    approvedOn: calendarDateOf(row.approvedOn),
    issuedAt: row.issuedAt,
    verificationCode: row.verificationCode,
    status: row.status,
    revokedAt: row.revokedAt,
    revokedReason: row.revokedReason,
  };
}
