import { randomBytes } from "node:crypto";
import * as svgCaptcha from "svg-captcha";
import { unsafeTextError } from "../../lib/validation/text";
import type { Clock } from "../clock";
import type { FieldErrors } from "../views/components";
import { BoundedMap } from "./bounded-map";

export const CAPTCHA_TTL_MS = 5 * 60_000;

export type CaptchaCheck = "ok" | "wrong" | "expired";

interface Entry {
  text: string;
  expiresAt: number;
}

/**
 * Graphic captchas keyed by a form's captcha id (the interaction uid on the login page, a random
 * id on the other forms). Each id holds one live captcha; every check consumes it.
 */
export class CaptchaStore {
  private readonly entries = new BoundedMap<string, Entry>(10_000);

  constructor(private readonly clock: Clock) {}

  static newId(): string {
    return randomBytes(16).toString("base64url");
  }

  /** Issues a fresh captcha for `id` and returns its SVG markup. */
  issue(id: string): string {
    const { text, data } = svgCaptcha.create({
      size: 4,
      // Characters that look alike in the distorted font are left out.
      ignoreChars: "0oO1ilIJjq9gSs5Zz2",
      noise: 2,
      color: true,
      background: "#f2f6fc",
      width: 120,
      height: 40,
    });
    this.entries.set(id, { text, expiresAt: this.clock() + CAPTCHA_TTL_MS });
    return data;
  }

  /** Single use: whatever the outcome, the captcha is gone afterwards. */
  consume(id: string, answer: string): CaptchaCheck {
    const entry = this.entries.get(id);
    this.entries.delete(id);
    if (!entry || entry.expiresAt <= this.clock()) return "expired";
    return entry.text.toLowerCase() === answer.trim().toLowerCase() ? "ok" : "wrong";
  }

  /** For the test hook only. */
  peek(id: string): string | undefined {
    const entry = this.entries.get(id);
    return entry && entry.expiresAt > this.clock() ? entry.text : undefined;
  }
}

export const captchaMessages: Record<Exclude<CaptchaCheck, "ok">, string> & { missing: string } = {
  missing: "请输入图形验证码",
  wrong: "验证码错误",
  expired: "验证码已过期，请重新输入",
};

/**
 * The captcha field of a submitted form. The captcha is consumed by every submission, right or
 * wrong, so one solved captcha cannot be replayed against many passwords.
 */
export function captchaErrors(captchas: CaptchaStore, id: string, answer: string): FieldErrors {
  const check = captchas.consume(id, answer);
  const problem = answer.trim()
    ? (unsafeTextError(answer) ?? (check === "ok" ? undefined : captchaMessages[check]))
    : captchaMessages.missing;
  return problem ? { captcha: problem } : {};
}
