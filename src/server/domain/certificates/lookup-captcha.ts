import "server-only";
import * as svgCaptcha from "svg-captcha";
import { CAPTCHA_LENGTH, captchaAnswer, captchaExpiry, newCaptchaId } from "@/lib/captcha/captcha-answer";
import type { Db } from "@/server/db";

type RenderCaptcha = (text: string, options: svgCaptcha.ConfigObject) => string;
/** svg-captcha's module is itself the function that draws a given text (its typings omit it). */
const render = (svgCaptcha as unknown as { default: RenderCaptcha }).default;

/**
 * A captcha for the public 证书查询 form: its id and its image as a data URL. The answer is
 * derived from the id under `secret` (src/lib/captcha/captcha-answer.ts); nothing is stored.
 */
export async function issueLookupCaptcha(secret: string, now: Date): Promise<{ captchaId: string; image: string }> {
  const captchaId = newCaptchaId(now);
  const svg = render(await captchaAnswer(secret, captchaId), {
    size: CAPTCHA_LENGTH,
    noise: 2,
    color: true,
    background: "#f2f6fc",
    width: 120,
    height: 40,
  });
  return { captchaId, image: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
}

export type CaptchaCheck = "ok" | "wrong" | "expired";

/**
 * Checks an answer and uses the captcha up, right or wrong: its id is recorded until it would have
 * expired, and a second use finds it there (the insert is the check, so two requests racing with
 * one captcha cannot both pass). Expired records are cleared on the way.
 */
export async function consumeLookupCaptcha(
  db: Db,
  secret: string,
  { captchaId, answer }: { captchaId: string; answer: string },
  now: Date,
): Promise<CaptchaCheck> {
  const expiresAt = captchaExpiry(captchaId);
  if (!expiresAt || expiresAt <= now) return "expired";
  await db.usedCaptcha.deleteMany({ where: { expiresAt: { lte: now } } });
  const { count } = await db.usedCaptcha.createMany({ data: [{ id: captchaId, expiresAt }], skipDuplicates: true });
  if (count === 0) return "expired";
  return (await captchaAnswer(secret, captchaId)) === answer.trim().toUpperCase() ? "ok" : "wrong";
}
