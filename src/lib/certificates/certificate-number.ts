/**
 * 证书编号: the committee's code, the year of 终审通过 and a sequence per committee and year,
 * six digits: 「JLGC-2026-000017」. Numbers run without gaps within one committee's year.
 */
export function certificateNumber(committeeCode: string, year: number, sequence: number): string {
  return `${committeeCode}-${year}-${String(sequence).padStart(6, "0")}`;
}

/** The form of a number (committee code as the CHECK constraint allows it, year, 6+ digits). */
export const CERTIFICATE_NUMBER_PATTERN = /^[A-Z][A-Z0-9]{1,9}-\d{4}-\d{6,}$/;

/** A number as typed: surrounding spaces gone, letters upper-case, full-width characters narrowed. */
export function normalizeCertificateNumber(value: string): string {
  return value.normalize("NFKC").trim().toUpperCase();
}
