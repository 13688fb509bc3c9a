import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningIdp } from "../../src/idp/index";
import { Browser, fieldError, formOf, inputValue, noticeText, type Page } from "./helpers/browser";
import {
  authorizationRequest,
  callbackParams,
  captchaText,
  person,
  startTestIdp,
  submitLogin,
  uidOf,
} from "./helpers/idp";

let idp: RunningIdp;
let offset = 0;
const NEW_PASSWORD = "Renewed#Pass9";
const ACCEPTED = "如该账号存在，验证码已发送至其绑定的手机，10分钟内有效";

beforeAll(async () => {
  idp = await startTestIdp({ clock: () => Date.now() + offset });
});
afterAll(() => idp.close());

async function requestCode(browser: Browser, login: string, uid?: string): Promise<Page> {
  const page = await browser.go(uid ? `/forgot?uid=${uid}` : "/forgot");
  const form = formOf(page.html, "/forgot");
  return browser.post(form.action, {
    ...form.fields,
    login,
    captcha: await captchaText(idp.url, form.fields.captcha_id ?? ""),
  });
}

async function latestSms(): Promise<{ to: string; text: string }> {
  const res = await fetch(`${idp.url}/dev/outbox.json`);
  const messages = (await res.json()) as { to: string; text: string }[];
  if (!messages[0]) throw new Error("outbox is empty");
  return messages[0];
}

const codeIn = (text: string) => /验证码为(\d{6})/.exec(text)?.[1] ?? "";

function submitReset(browser: Browser, page: Page, fields: Record<string, string>) {
  const form = formOf(page.html, "/forgot/reset");
  return browser.post(form.action, { ...form.fields, ...fields });
}

describe("forgot password (忘记密码)", () => {
  it("sends a 6-digit code to the outbox, resets the password, lifts the sign-in delay and returns to the login", async () => {
    const frank = person(60);
    await idp.store.createAccount(frank);

    const browser = new Browser(idp.url);
    const request = authorizationRequest(idp.url);
    let login = await browser.go(request.url);
    const uid = uidOf(login);
    // Two wrong passwords: the next attempt has to wait.
    login = await submitLogin(browser, login, frank.mobile, "Wrong#Pass1");
    await new Promise((r) => setTimeout(r, 1_100));
    login = await submitLogin(browser, login, frank.mobile, "Wrong#Pass2");
    expect(noticeText(login.html)).toBe("账号或密码错误，请2秒后再试");

    const step2 = await requestCode(browser, frank.idCardNumber, uid);
    expect(step2.status).toBe(200);
    expect(new URL(step2.url).pathname).toBe("/forgot/reset");
    expect(noticeText(step2.html, "info")).toBe(ACCEPTED);
    expect(step2.html).not.toContain("138****0060");

    const sms = await latestSms();
    expect(sms.to).toBe("138****0060");
    const code = codeIn(sms.text);
    expect(code).toMatch(/^\d{6}$/);

    const outboxPage = await browser.go("/dev/outbox");
    expect(outboxPage.html).toContain("138****0060");
    expect(outboxPage.html).toContain(code);
    expect(outboxPage.html).not.toContain(frank.mobile);

    const done = await submitReset(browser, step2, { code, password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(new URL(done.url).pathname).toBe(`/interaction/${uid}`);
    expect(done.html).toContain("密码已重置，请使用新密码登录");
    expect(inputValue(done.html, "login")).toBe(frank.idCardNumber);

    // At once, with no delay left over from the wrong passwords.
    const ok = await submitLogin(browser, done, frank.mobile, NEW_PASSWORD);
    expect(callbackParams(ok).state).toBe(request.state);
  });

  it("validates the new password without spending a code attempt", async () => {
    const grace = person(61);
    await idp.store.createAccount(grace);
    const browser = new Browser(idp.url);
    const step2 = await requestCode(browser, grace.mobile);
    const code = codeIn((await latestSms()).text);

    const weak = await submitReset(browser, step2, { code, password: "password", confirm: "password" });
    expect(fieldError(weak.html, "password")).toContain("密码至少8位");
    const mismatch = await submitReset(browser, step2, { code, password: NEW_PASSWORD, confirm: `${NEW_PASSWORD}x` });
    expect(fieldError(mismatch.html, "confirm")).toBe("两次输入的密码不一致");

    const ok = await submitReset(browser, step2, { code, password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(ok.html).toContain("密码已重置");
    const account = (await idp.store.findByLogin(grace.mobile))!;
    expect(await idp.store.verifyPassword(account, NEW_PASSWORD)).toBe(true);
  });

  it("allows 5 wrong codes per code, then requires a new one", async () => {
    const heidi = person(62);
    await idp.store.createAccount(heidi);
    const browser = new Browser(idp.url);
    const step2 = await requestCode(browser, heidi.mobile);
    const code = codeIn((await latestSms()).text);
    const wrong = code === "000000" ? "111111" : "000000";

    let page = step2;
    for (let left = 4; left >= 1; left--) {
      page = await submitReset(browser, step2, { code: wrong, password: NEW_PASSWORD, confirm: NEW_PASSWORD });
      expect(fieldError(page.html, "code")).toBe(`验证码错误，还可尝试${left}次`);
    }
    page = await submitReset(browser, step2, { code: wrong, password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(page.html).toContain("验证码错误次数已达5次，请重新获取");
    // Even the right code is useless now.
    page = await submitReset(browser, step2, { code, password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(page.html).toContain("验证码已失效，请重新获取");
    const account = (await idp.store.findByLogin(heidi.mobile))!;
    expect(await idp.store.verifyPassword(account, heidi.password)).toBe(true);
  });

  it("expires a code after 10 minutes", async () => {
    const ivan = person(63);
    await idp.store.createAccount(ivan);
    const browser = new Browser(idp.url);
    const step2 = await requestCode(browser, ivan.mobile);
    const code = codeIn((await latestSms()).text);
    offset += 10 * 60_000 + 1_000;
    const page = await submitReset(browser, step2, { code, password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(page.html).toContain("验证码已过期，请重新获取");
  });

  it("answers for an unknown account exactly as for a known one, sending nothing", async () => {
    const outboxSize = async () => (await (await fetch(`${idp.url}/dev/outbox.json`)).json()).length;
    const before = await outboxSize();
    const browser = new Browser(idp.url);
    const unknown = await requestCode(browser, "13900000000");
    expect(unknown.status).toBe(200);
    expect(new URL(unknown.url).pathname).toBe("/forgot/reset");
    expect(noticeText(unknown.html, "info")).toBe(ACCEPTED);
    expect(await outboxSize()).toBe(before);

    // Its code step behaves like a real one: wrong codes count down, then a new code is needed.
    let page = unknown;
    for (let left = 4; left >= 1; left--) {
      page = await submitReset(browser, unknown, { code: "123456", password: NEW_PASSWORD, confirm: NEW_PASSWORD });
      expect(fieldError(page.html, "code")).toBe(`验证码错误，还可尝试${left}次`);
    }
    page = await submitReset(browser, unknown, { code: "123456", password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(page.html).toContain("验证码错误次数已达5次，请重新获取");
  });

  it("ends the platform's own sign-in of the account: a browser signed in before the reset must sign in again", async () => {
    const judy = person(64);
    await idp.store.createAccount(judy);
    // Someone holding the platform's session cookie (a shared computer, a stolen cookie) …
    const holder = new Browser(idp.url);
    await submitLogin(holder, await holder.go(authorizationRequest(idp.url).url), judy.mobile, judy.password);
    const before = authorizationRequest(idp.url);
    expect(callbackParams(await holder.go(before.url)).state).toBe(before.state);

    // … and the owner resets the password from another device.
    const owner = new Browser(idp.url);
    const step2 = await requestCode(owner, judy.mobile);
    const code = codeIn((await latestSms()).text);
    const done = await submitReset(owner, step2, { code, password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(done.html).toContain("密码已重置");

    // The old session no longer signs anyone in to the app: the login page, not a code.
    const after = await holder.go(authorizationRequest(idp.url).url);
    expect(new URL(after.url).pathname).toMatch(/^\/interaction\//);
    expect(after.html).toContain('name="password"');
    // The old password does not help; the new one does, and that session works again.
    const old = await submitLogin(holder, after, judy.mobile, judy.password);
    expect(new URL(old.url).pathname).toMatch(/^\/interaction\//);
    // That wrong password costs the account a second before the next attempt.
    await new Promise((r) => setTimeout(r, 1_100));
    const relogin = authorizationRequest(idp.url);
    const login = await holder.go(relogin.url);
    expect(callbackParams(await submitLogin(holder, login, judy.mobile, NEW_PASSWORD)).state).toBe(relogin.state);
    const next = authorizationRequest(idp.url);
    expect(callbackParams(await holder.go(next.url)).state).toBe(next.state);
  });

  it("reports a wrong captcha at the field, sending nothing", async () => {
    const before = (await (await fetch(`${idp.url}/dev/outbox.json`)).json()).length;
    const browser = new Browser(idp.url);
    const page = await browser.go("/forgot");
    const form = formOf(page.html, "/forgot");
    const badCaptcha = await browser.post(form.action, { ...form.fields, login: person(63).mobile, captcha: "zzzz" });
    expect(fieldError(badCaptcha.html, "captcha")).toBe("验证码错误");
    expect(inputValue(badCaptcha.html, "login")).toBe(person(63).mobile);
    expect((await (await fetch(`${idp.url}/dev/outbox.json`)).json()).length).toBe(before);
  });
});
