import { z } from "zod";
import { pageFields, searchField } from "@/lib/pagination";
import { recordId } from "@/lib/validation/record-id";
import { safeText } from "@/lib/validation/text";
import { CERTIFICATE_NUMBER_PATTERN, normalizeCertificateNumber } from "./certificate-number";
import { certificateMessages as m } from "./messages";

/** 证书查询: number and holder name (both must match), and the captcha shown with the form. */
export const lookupCertificateSchema = z.object({
  number: safeText(m.numberRequired)
    .trim()
    .min(1, m.numberRequired)
    .max(40, m.numberTooLong)
    .transform(normalizeCertificateNumber)
    .pipe(z.string().regex(CERTIFICATE_NUMBER_PATTERN, m.numberMalformed)),
  holderName: safeText(m.nameRequired).trim().min(1, m.nameRequired).max(50, m.nameTooLong),
  captchaId: z.string().regex(/^[0-9a-z]{1,12}\.[0-9a-f]{32}$/, m.captchaExpired),
  captcha: safeText(m.captchaRequired).trim().min(1, m.captchaRequired).max(10, m.captchaWrong),
});

/** 撤销证书: the reason is required and recorded. */
export const revokeCertificateSchema = z.object({
  certificateId: recordId(),
  reason: safeText(m.reasonRequired).trim().min(1, m.reasonRequired).max(200, m.reasonTooLong),
});

/** The admin's list: search by the beginning of a number or a whole holder name. */
export const listCertificatesSchema = z.object({ ...pageFields, q: searchField });

/** 评委会代码, as typed in the admin's committee form (upper-cased); blank keeps or generates one. */
export const committeeCodeField = safeText(m.committeeCodeInvalid)
  .trim()
  .transform((v) => v.toUpperCase())
  .pipe(z.union([z.literal(""), z.string().regex(/^[A-Z][A-Z0-9]{1,9}$/, m.committeeCodeInvalid)]))
  .optional()
  .transform((v) => v || undefined);

export type LookupCertificateInput = z.output<typeof lookupCertificateSchema>;
export type RevokeCertificateInput = z.output<typeof revokeCertificateSchema>;
export type ListCertificatesInput = z.output<typeof listCertificatesSchema>;
