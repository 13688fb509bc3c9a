import { type Account, type AccountStore, MAX_FAILED_LOGINS } from "../store/account-store";

export type AuthOutcome = { ok: true; account: Account } | { ok: false; field: "login" | "password"; message: string };

/**
 * Password check shared by the login page and the QR confirm page, so the lockout applies to both.
 * Existence of an account is not hidden: registration and recovery reveal it anyway, as on the real platform.
 */
export async function authenticate(store: AccountStore, login: string, password: string): Promise<AuthOutcome> {
  const account = await store.findByLogin(login);
  if (!account) return { ok: false, field: "login", message: "账号不存在，请检查输入或先注册" };

  const lock = store.lockState(account);
  if (lock.locked) {
    return { ok: false, field: "password", message: `账号已被锁定，请${lock.minutesLeft}分钟后再试` };
  }

  if (await store.verifyPassword(account, password)) {
    await store.recordSuccessfulLogin(account.id);
    return { ok: true, account };
  }

  const failed = await store.recordFailedLogin(account.id);
  if (failed.locked) {
    return {
      ok: false,
      field: "password",
      message: `密码连续错误${MAX_FAILED_LOGINS}次，账号已被锁定，请${failed.minutesLeft}分钟后再试`,
    };
  }
  return { ok: false, field: "password", message: `密码错误，还可尝试${failed.attemptsLeft}次` };
}
