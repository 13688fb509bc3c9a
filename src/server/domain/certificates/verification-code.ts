import "server-only";
import { createHash } from "node:crypto";

const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/**
 * 验证码: eight characters (two groups of four, no 0/O or 1/I) taken from the SHA-256 of the
 * signature, so it follows from what was signed and a reader can compare the printed one with the
 * one the verification and 证书查询 pages show. Not a secret and not a key to anything.
 */
export function verificationCodeOf(signature: string): string {
  const digest = createHash("sha256").update(signature).digest();
  const chars = Array.from(digest.subarray(0, 8), (b) => ALPHABET[b % ALPHABET.length]).join("");
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}
