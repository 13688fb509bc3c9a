import "server-only";
import { pdflibAddPlaceholder } from "@signpdf/placeholder-pdf-lib";
import { SignPdf } from "@signpdf/signpdf";
import { PDFDocument } from "pdf-lib";
import { env } from "@/env";
import type { CertificateDocument } from "@/lib/certificates/certificate-document";
import { CmsSigner } from "@/server/signing/cms-signer";
import { type SigningIdentity, signingIdentity } from "@/server/signing/signing-identity";
import { printable } from "../text";
import { certificateLabels } from "./labels";
import { buildCertificatePdf, SEAL } from "./render-certificate-pdf";

/** Room kept in the file for the signature: a CMS with a chain of several certificates fits. */
const SIGNATURE_BYTES = 12_288;

/**
 * `text` as a PDF text string (PDF 32000-1 §7.9.2.2) in the form pdf-lib's PDFString writes out as
 * it is: UTF-16BE after its byte order mark, one byte per character, with the bytes that mean
 * something inside a literal string escaped — parentheses, the backslash, and a carriage return,
 * which a reader would read as a line feed. @signpdf/placeholder-pdf-lib writes the signature's
 * reason, name and location with PDFString.of, which would otherwise keep only the low byte of
 * each Chinese character.
 */
export function pdfTextString(text: string): string {
  const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]);
  const escapes: Record<number, string> = { 40: "\\(", 41: "\\)", 92: "\\\\", 13: "\\r" };
  let out = "";
  for (const byte of bytes) out += escapes[byte] ?? String.fromCharCode(byte);
  return out;
}

/**
 * Adds an empty signature of `identity`, in the name of `authority`, to the first page of `pdf`:
 * the signature field's widget lies over the seal, so a reader that marks or lists the signature
 * points at the seal.
 */
function addSignaturePlaceholder(pdf: PDFDocument, authority: string, identity: SigningIdentity) {
  pdflibAddPlaceholder({
    pdfDoc: pdf,
    pdfPage: pdf.getPage(0),
    reason: pdfTextString(certificateLabels.subject),
    name: pdfTextString(printable(authority)),
    location: pdfTextString(identity.location),
    contactInfo: env().APP_URL,
    signatureLength: SIGNATURE_BYTES,
    widgetRect: [SEAL.x - SEAL.radius, SEAL.y - SEAL.radius, SEAL.x + SEAL.radius, SEAL.y + SEAL.radius],
  });
}

/** Fills the placeholder of `bytes` with the CMS signature of everything else in the file. */
async function fillSignature(bytes: Uint8Array, identity: SigningIdentity): Promise<Uint8Array> {
  const signed = await new SignPdf().sign(Buffer.from(bytes), new CmsSigner(identity));
  return new Uint8Array(signed.buffer, signed.byteOffset, signed.byteLength);
}

/**
 * The certificate PDF `bytes` (made by renderCertificatePdf) with the embedded digital signature
 * (电子签章) of the issuing authority `authority`: a CMS signature (adbe.pkcs7.detached) of every
 * byte of the file outside the signature itself, made with the configured PKCS#12 or the local
 * CA's signing certificate, its visible widget over the seal. Any change to the file afterwards
 * makes readers report the signature invalid.
 */
export async function signCertificatePdf(bytes: Uint8Array, authority: string): Promise<Uint8Array> {
  const identity = await signingIdentity();
  const pdf = await PDFDocument.load(bytes);
  addSignaturePlaceholder(pdf, authority, identity);
  return fillSignature(await pdf.save(), identity);
}

/**
 * The signed certificate PDF of `doc`: renderCertificatePdf and signCertificatePdf in one pass,
 * without saving and parsing the file in between. Throws MissingCharactersError like the renderer.
 */
export async function renderSignedCertificatePdf(doc: CertificateDocument): Promise<Uint8Array> {
  const [pdf, identity] = await Promise.all([buildCertificatePdf(doc), signingIdentity()]);
  addSignaturePlaceholder(pdf, doc.issuingAuthority, identity);
  return fillSignature(await pdf.save(), identity);
}
