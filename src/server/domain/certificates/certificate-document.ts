import "server-only";
import { calendarDateOf } from "@/lib/calendar/calendar-date";
import type { CertificateDocument } from "@/lib/certificates/certificate-document";
import { verificationUrl } from "@/lib/certificates/verification-url";
import { formatDate } from "@/lib/datetime";
import { type CertificateRow, signedFieldsOf } from "./certificate-fields";

/**
 * What the certificate PDF prints (src/lib/certificates/certificate-document.ts), from its row:
 * the signed fields as they are signed, the dates as a reader reads them, and the QR code's text —
 * the verification URL under `appUrl` carrying the number, key id and signature.
 */
export function certificateDocumentOf(row: CertificateRow, appUrl: string): CertificateDocument {
  const fields = signedFieldsOf(row);
  return {
    number: fields.number,
    holderName: fields.holderName,
    maskedIdNumber: fields.maskedIdNumber,
    series: fields.series,
    specialty: fields.specialty,
    level: fields.level,
    titleName: fields.titleName,
    committeeName: fields.committeeName,
    issuingAuthority: fields.issuingAuthority,
    approvedOn: formatDate(calendarDateOf(row.approvedOn)),
    issuedOn: formatDate(row.issuedAt),
    verificationCode: row.verificationCode,
    qrText: verificationUrl(appUrl, { number: row.number, keyId: row.keyId, signature: row.signature }),
  };
}
