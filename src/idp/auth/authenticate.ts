import { type Account, type AccountStore, normalizeLogin } from "../store/account-store";
import type { SignInThrottle } from "./sign-in-throttle";

export type AuthOutcome = { ok: true; account: Account } | { ok: false; message: string };

export const WRONG_CREDENTIALS = "账号或密码错误";

const inWords = (seconds: number) => (seconds < 60 ? `${seconds}秒` : `${Math.ceil(seconds / 60)}分钟`);

export const tooSoonMessage = (seconds: number) => `登录尝试过于频繁，请${inWords(seconds)}后再试`;

/**
 * The password check of the login page and the QR confirm page (both behind a solved captcha).
 * While a delay runs the password is not even looked at. An unknown login and a wrong password get
 * the same answer, the same delays and the same argon2 work, so none of them tells whether an
 * account exists.
 */
export async function authenticate(
  deps: { store: AccountStore; throttle: SignInThrottle },
  input: { login: string; password: string; client: string },
): Promise<AuthOutcome> {
  const attempt = { login: normalizeLogin(input.login), client: input.client };
  const wait = await deps.throttle.waitSeconds(attempt);
  if (wait > 0) return { ok: false, message: tooSoonMessage(wait) };

  const account = await deps.store.findByLogin(input.login);
  const valid = await deps.store.verifyPassword(account, input.password);
  if (account && valid) {
    await deps.throttle.forgetLogins([account.idCardNumber, account.mobile]);
    return { ok: true, account };
  }

  const next = await deps.throttle.recordFailure(attempt);
  // A one-second wait is over before the form is filled in again; longer ones are announced.
  return { ok: false, message: next > 1 ? `${WRONG_CREDENTIALS}，请${inWords(next)}后再试` : WRONG_CREDENTIALS };
}
