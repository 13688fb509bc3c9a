import { certificateRoutes } from "./labels";

/**
 * The QR code's text: the public verification page with the certificate number (`n`), the id of
 * the key that signed it (`k`) and the signature (`s`, base64url). The page rebuilds the signed
 * payload from the certificate it finds under `n` and checks `s` with key `k`: what the database
 * says now must be what was signed then.
 */
export type VerificationParams = { number: string; keyId: string; signature: string };

export function verificationUrl(appUrl: string, params: VerificationParams): string {
  return new URL(verificationPath(params), appUrl).toString();
}

/** The same address as a path of this site (for links inside it). */
export function verificationPath({ number, keyId, signature }: VerificationParams): string {
  return `${certificateRoutes.verify}?${new URLSearchParams({ n: number, k: keyId, s: signature })}`;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The parameters of a verification URL's query, or null when one is missing or malformed. */
export function readVerificationParams(
  query: Record<string, string | string[] | undefined>,
): VerificationParams | null {
  const one = (name: string) => {
    const value = query[name];
    return typeof value === "string" ? value : null;
  };
  const number = one("n");
  const keyId = one("k");
  const signature = one("s");
  if (!number || !keyId || !signature) return null;
  if (number.length > 40 || !KEY_ID.test(keyId) || signature.length > 200 || !BASE64URL.test(signature)) return null;
  return { number, keyId, signature };
}
