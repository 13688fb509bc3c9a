import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCK_MINUTES, type RunningIdp } from "../../src/idp/index";
import { Browser, fieldError, formOf, inputValue, type Page } from "./helpers/browser";
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
const bob = person(2);
const carol = person(3);

beforeAll(async () => {
  idp = await startTestIdp({ clock: () => Date.now() + offset });
  await idp.store.createAccount(bob);
  await idp.store.createAccount(carol);
});
afterAll(() => idp.close());

async function openLogin(browser: Browser): Promise<Page> {
  return browser.go(authorizationRequest(idp.url).url);
}

describe("graphic captcha", () => {
  it("rejects a wrong captcha with 「验证码错误」, keeps the account, drops the password, and issues a new captcha", async () => {
    const browser = new Browser(idp.url);
    const page = await openLogin(browser);
    const uid = uidOf(page);
    const before = await captchaText(idp.url, uid);

    // "z" is never used in captchas, so this answer is always wrong.
    const result = await submitLogin(browser, page, bob.mobile, bob.password, "zzzz");
    expect(result.status).toBe(400);
    expect(result.url).toMatch(new RegExp(`/interaction/${uid}/login$`));
    expect(fieldError(result.html, "captcha")).toBe("验证码错误");
    expect(inputValue(result.html, "login")).toBe(bob.mobile);
    expect(result.html).not.toContain(bob.password);

    // The old answer is gone: replaying it fails, and a fresh captcha exists.
    const replay = await submitLogin(browser, result, bob.mobile, bob.password, before);
    expect(fieldError(replay.html, "captcha")).toBe("验证码错误");

    const ok = await submitLogin(browser, replay, bob.mobile, bob.password);
    expect(callbackParams(ok).code).toBeTruthy();
  });

  it("expires a captcha after 5 minutes", async () => {
    const browser = new Browser(idp.url);
    const page = await openLogin(browser);
    const answer = await captchaText(idp.url, uidOf(page));
    offset += 5 * 60_000 + 1_000;
    const result = await submitLogin(browser, page, bob.mobile, bob.password, answer);
    expect(fieldError(result.html, "captcha")).toBe("验证码已过期，请重新输入");
  });

  it("refreshes the image on request (click-to-refresh) and changes the expected answer", async () => {
    const browser = new Browser(idp.url);
    const page = await openLogin(browser);
    const uid = uidOf(page);
    const texts = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const res = await browser.request(`/captcha/${uid}`);
      expect(res.headers.get("content-type")).toContain("image/svg+xml");
      expect(await res.text()).toContain("<svg");
      texts.add(await captchaText(idp.url, uid));
    }
    expect(texts.size).toBeGreaterThan(1);
  });

  it("reports missing fields in Chinese at the field", async () => {
    const browser = new Browser(idp.url);
    const page = await openLogin(browser);
    const result = await submitLogin(browser, page, "", "", "");
    expect(fieldError(result.html, "login")).toBe("请输入身份证号或手机号");
    expect(fieldError(result.html, "password")).toBe("请输入密码");
    expect(fieldError(result.html, "captcha")).toBe("请输入图形验证码");
  });

  it("refuses a login POST without the CSRF token", async () => {
    const browser = new Browser(idp.url);
    const page = await openLogin(browser);
    const uid = uidOf(page);
    const form = formOf(page.html, `/interaction/${uid}/login`);
    const { _csrf, ...withoutCsrf } = form.fields;
    expect(_csrf).toBeTruthy();
    const result = await browser.post(form.action, {
      ...withoutCsrf,
      login: bob.mobile,
      password: bob.password,
      captcha: await captchaText(idp.url, uid),
    });
    expect(result.status).toBe(403);
    expect(result.html).toContain("页面已失效");
  });
});

describe("lockout after 5 wrong passwords", () => {
  it("counts down, locks for 15 minutes even for the right password, then unlocks", async () => {
    const browser = new Browser(idp.url);
    let page = await openLogin(browser);
    const loginUrl = page.url;

    for (let attempt = 1; attempt <= 4; attempt++) {
      page = await submitLogin(browser, page, carol.idCardNumber, "Wrong#Pass1");
      expect(fieldError(page.html, "password")).toBe(`密码错误，还可尝试${5 - attempt}次`);
    }
    page = await submitLogin(browser, page, carol.idCardNumber, "Wrong#Pass1");
    expect(fieldError(page.html, "password")).toBe(`密码连续错误5次，账号已被锁定，请${LOCK_MINUTES}分钟后再试`);

    // The 6th attempt, with the right password, is refused.
    page = await submitLogin(browser, page, carol.idCardNumber, carol.password);
    expect(page.status).toBe(400);
    expect(fieldError(page.html, "password")).toBe("账号已被锁定，请15分钟后再试");

    // The captcha on the page has expired by then, so the user reloads the page.
    offset += 10 * 60_000;
    page = await submitLogin(browser, await browser.go(loginUrl), carol.mobile, carol.password);
    expect(fieldError(page.html, "password")).toBe("账号已被锁定，请5分钟后再试");

    offset += 5 * 60_000 + 1_000;
    page = await submitLogin(browser, await browser.go(loginUrl), carol.mobile, carol.password);
    expect(callbackParams(page).code).toBeTruthy();
  });

  it("resets the failure counter after a successful login", async () => {
    const dave = person(4);
    await idp.store.createAccount(dave);
    const browser = new Browser(idp.url);
    let page = await openLogin(browser);
    for (let i = 0; i < 4; i++) page = await submitLogin(browser, page, dave.mobile, "Wrong#Pass1");
    expect(fieldError(page.html, "password")).toBe("密码错误，还可尝试1次");
    const ok = await submitLogin(browser, page, dave.mobile, dave.password);
    expect(callbackParams(ok).code).toBeTruthy();

    const other = new Browser(idp.url);
    const again = await submitLogin(other, await openLogin(other), dave.mobile, "Wrong#Pass1");
    expect(fieldError(again.html, "password")).toBe("密码错误，还可尝试4次");
  });

  it("does not count captcha failures toward the lock", async () => {
    const erin = person(5);
    await idp.store.createAccount(erin);
    const browser = new Browser(idp.url);
    let page = await openLogin(browser);
    for (let i = 0; i < 6; i++) page = await submitLogin(browser, page, erin.mobile, "Wrong#Pass1", "zzzz");
    const account = await idp.store.findByLogin(erin.mobile);
    expect(account?.failedLoginCount).toBe(0);
    expect(account?.lockedUntil).toBeNull();
    const ok = await submitLogin(browser, page, erin.mobile, erin.password);
    expect(callbackParams(ok).code).toBeTruthy();
  });

  it("says so when the account does not exist", async () => {
    const browser = new Browser(idp.url);
    const page = await submitLogin(browser, await openLogin(browser), "13999999999", "Whatever#1");
    expect(fieldError(page.html, "login")).toBe("账号不存在，请检查输入或先注册");
  });
});
