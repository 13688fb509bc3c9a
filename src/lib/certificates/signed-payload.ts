/**
 * What the certificate's Ed25519 signature covers: the printed core fields, in this order, as the
 * UTF-8 bytes of a JSON array of strings whose first element names the format:
 *
 *   ["zhicheng-certificate/1", number, holderName, maskedIdNumber, series, specialty, level,
 *    titleName, committeeName, issuingAuthority, approvedOn, keyId]
 *
 * written as ECMAScript's JSON.stringify writes it: no whitespace, every character other than `"`,
 * `\` and the controls U+0000–U+001F as itself (so Chinese text is plain UTF-8), those escaped as
 * \", \\, \n, \t … or \u00XX. `approvedOn` is the 终审通过 date as YYYY-MM-DD; the other fields are
 * exactly the printed text (labels, not codes). The key id is inside, so a signature cannot be
 * presented as another key's. Anyone holding the site's public key (GET /api/certificates/keys)
 * can rebuild these bytes from a printed certificate and check the signature in its QR code.
 */
export const SIGNED_PAYLOAD_FORMAT = "zhicheng-certificate/1";

export type SignedFields = {
  number: string;
  holderName: string;
  maskedIdNumber: string;
  series: string;
  specialty: string;
  level: string;
  titleName: string;
  committeeName: string;
  issuingAuthority: string;
  /** YYYY-MM-DD */
  approvedOn: string;
};

/** The signed fields in payload order (the key id follows them). */
export const signedFieldOrder = [
  "number",
  "holderName",
  "maskedIdNumber",
  "series",
  "specialty",
  "level",
  "titleName",
  "committeeName",
  "issuingAuthority",
  "approvedOn",
] as const satisfies readonly (keyof SignedFields)[];

export function signedPayload(fields: SignedFields, keyId: string): Uint8Array {
  const values = [SIGNED_PAYLOAD_FORMAT, ...signedFieldOrder.map((name) => fields[name]), keyId];
  return new TextEncoder().encode(JSON.stringify(values));
}
