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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("wrong passwords: one message, growing delays, no lockout", () => {
  it("says 「账号或密码错误」 for a wrong password and for an unknown account alike, at no field", async () => {
    const browser = new Browser(idp.url);
    const wrong = await submitLogin(browser, await openLogin(browser), bob.mobile, "Wrong#Pass1");
    const unknown = await submitLogin(browser, await openLogin(browser), "13999999999", "Wrong#Pass1");
    for (const page of [wrong, unknown]) {
      expect(page.status).toBe(400);
      expect(noticeText(page.html)).toBe("账号或密码错误");
      expect(fieldError(page.html, "login")).toBeUndefined();
      expect(fieldError(page.html, "password")).toBeUndefined();
    }
    expect(unknown.html).not.toContain("不存在");
    expect(unknown.html).not.toContain("先注册");
  });

  it("makes the next attempt wait 1 s, then 2 s … and does not even check the password meanwhile", async () => {
    const browser = new Browser(idp.url);
    let page = await submitLogin(browser, await openLogin(browser), carol.idCardNumber, "Wrong#Pass1");
    expect(noticeText(page.html)).toBe("账号或密码错误");

    // The right password within the second is not checked: it does not sign in.
    page = await submitLogin(browser, page, carol.idCardNumber, carol.password);
    expect(page.status).toBe(400);
    expect(noticeText(page.html)).toBe("登录尝试过于频繁，请1秒后再试");

    await sleep(1_100);
    page = await submitLogin(browser, page, carol.idCardNumber, "Wrong#Pass1");
    expect(noticeText(page.html)).toBe("账号或密码错误，请2秒后再试");
    page = await submitLogin(browser, page, carol.idCardNumber, carol.password);
    expect(noticeText(page.html)).toBe("登录尝试过于频繁，请2秒后再试");

    await sleep(2_100);
    page = await submitLogin(browser, page, carol.idCardNumber, carol.password);
    expect(callbackParams(page).code).toBeTruthy();
  });

  it("cannot be locked by a burst of wrong passwords: the owner signs in a second later", async () => {
    const dave = person(4);
    await idp.store.createAccount(dave);
    const attacker = new Browser(idp.url);
    const answers: string[] = [];
    for (let i = 0; i < 8; i++) {
      const page = await submitLogin(attacker, await openLogin(attacker), dave.mobile, `Wrong#Pass${i}`);
      answers.push(noticeText(page.html) ?? "");
    }
    expect(answers[0]).toBe("账号或密码错误");
    expect(answers.slice(1).every((a) => a === "登录尝试过于频繁，请1秒后再试")).toBe(true);

    await sleep(1_100);
    const owner = new Browser(idp.url);
    const ok = await submitLogin(owner, await openLogin(owner), dave.mobile, dave.password);
    expect(callbackParams(ok).code).toBeTruthy();
  });

  it("starts the delays afresh after a successful sign-in", async () => {
    const erin = person(5);
    await idp.store.createAccount(erin);
    const browser = new Browser(idp.url);
    let page = await submitLogin(browser, await openLogin(browser), erin.mobile, "Wrong#Pass1");
    await sleep(1_100);
    page = await submitLogin(browser, page, erin.mobile, "Wrong#Pass1");
    expect(noticeText(page.html)).toBe("账号或密码错误，请2秒后再试");
    await sleep(2_100);
    expect(callbackParams(await submitLogin(browser, page, erin.mobile, erin.password)).code).toBeTruthy();

    const other = new Browser(idp.url);
    const again = await submitLogin(other, await openLogin(other), erin.mobile, "Wrong#Pass1");
    expect(noticeText(again.html)).toBe("账号或密码错误");
  });

  it("does not count captcha failures: the password is not checked without the right captcha", async () => {
    const frank = person(6);
    await idp.store.createAccount(frank);
    const browser = new Browser(idp.url);
    let page = await openLogin(browser);
    for (let i = 0; i < 6; i++) page = await submitLogin(browser, page, frank.mobile, "Wrong#Pass1", "zzzz");
    expect(fieldError(page.html, "captcha")).toBe("验证码错误");
    const ok = await submitLogin(browser, page, frank.mobile, frank.password);
    expect(callbackParams(ok).code).toBeTruthy();
  });
});

describe("wrong passwords from one client address across many accounts", () => {
  let spread: RunningIdp;
  beforeAll(async () => {
    spread = await startTestIdp();
  });
  afterAll(() => spread.close());

  it("are free ten times an hour, then the address waits 1 s, 2 s … whatever account it tries", async () => {
    const browser = new Browser(spread.url);
    const attempt = async (n: number) => {
      const page = await browser.go(authorizationRequest(spread.url).url);
      return noticeText(
        (await submitLogin(browser, page, `139000000${String(n).padStart(2, "0")}`, "Guess#Pass1")).html,
      );
    };
    for (let n = 1; n <= 10; n++) expect(await attempt(n), `attempt ${n}`).toBe("账号或密码错误");
    expect(await attempt(11)).toBe("账号或密码错误");
    expect(await attempt(12)).toBe("登录尝试过于频繁，请1秒后再试");
    await sleep(1_100);
    expect(await attempt(13)).toBe("账号或密码错误，请2秒后再试");
    expect(await attempt(14)).toBe("登录尝试过于频繁，请2秒后再试");
  });
});
