/**
 * Captchas of the app's public forms (证书查询), derived rather than stored: a captcha's id carries
 * its expiry and random bits, and its answer is an HMAC of the id under a server secret, mapped to
 * characters that do not look alike. Showing one stores nothing (no table to flood); the server
 * checks an answer by deriving it again and records the id as used, so each captcha answers once.
 * Web Crypto, so the server and the tests that drive the forms derive it the same way.
 */
export const CAPTCHA_ALPHABET = "ABCDEFGHKMNPRTUVWXY34678";
export const CAPTCHA_LENGTH = 4;
export const CAPTCHA_TTL_MS = 5 * 60_000;

/** A new captcha id, valid until `now + CAPTCHA_TTL_MS`: `<expiry ms, base 36>.<128 random bits, hex>`. */
export function newCaptchaId(now: Date): string {
  const random = crypto.getRandomValues(new Uint8Array(16));
  const hex = Array.from(random, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${(now.getTime() + CAPTCHA_TTL_MS).toString(36)}.${hex}`;
}

/** When a captcha id expires, or null when it is not one. */
export function captchaExpiry(id: string): Date | null {
  const match = /^([0-9a-z]{1,12})\.[0-9a-f]{32}$/.exec(id);
  if (!match) return null;
  const expires = new Date(Number.parseInt(match[1], 36));
  return Number.isNaN(expires.getTime()) ? null : expires;
}

/** The answer to captcha `id` under `secret`. */
export async function captchaAnswer(secret: string, id: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    "raw",
    encoder.encode(`captcha:${secret}`),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(id)));
  return Array.from(mac.subarray(0, CAPTCHA_LENGTH), (b) => CAPTCHA_ALPHABET[b % CAPTCHA_ALPHABET.length]).join("");
}
