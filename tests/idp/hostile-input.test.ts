import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningIdp } from "../../src/idp/index";
import { Browser, fieldError, formOf, type Page } from "./helpers/browser";
import { authorizationRequest, captchaText, person, startTestIdp, uidOf } from "./helpers/idp";

/**
 * Every form of the platform, every field, fed what an attacker types: the answer is a message at
 * the field, never a server error. (Lone surrogates cannot travel in a UTF-8 form body: the browser
 * and URLSearchParams turn them into U+FFFD, which is what the server then sees.)
 */
let idp: RunningIdp;
const owner = person(300);

beforeAll(async () => {
  idp = await startTestIdp();
  await idp.store.createAccount(owner);
});
afterAll(() => idp.close());

const CONTROL = "含有不允许的控制字符，请删除后重新输入";
const UNREADABLE = "含有无法识别的字符，请重新输入";

const hostile: [string, string, string | undefined][] = [
  ["a NUL byte", "x\u0000y", CONTROL],
  ["a bell", "13800\u00070000", CONTROL],
  ["DEL", "abc\u007f", CONTROL],
  ["a C1 control", "abc\u0085", CONTROL],
  ["an RTL override", "\u202Egpj.exe", CONTROL],
  ["a lone surrogate", "\ud800abc", UNREADABLE],
  ["10 000 characters", "a".repeat(10_000), undefined],
];

interface FormUnderTest {
  name: string;
  open(browser: Browser): Promise<Page>;
  action(page: Page): string;
  valid: Record<string, string>;
  /** Fields filled from the page: the captcha answer. */
  captcha?: (page: Page) => Promise<string>;
}

const loginCaptcha = (page: Page) => captchaText(idp.url, uidOf(page));
const formCaptcha = (action: string) => (page: Page) =>
  captchaText(idp.url, formOf(page.html, action).fields.captcha_id ?? "");
const NEW_PASSWORD = "Renewed#Pass9";

const forms: FormUnderTest[] = [
  {
    name: "个人登录",
    open: (b) => b.go(authorizationRequest(idp.url).url),
    action: (page) => `/interaction/${uidOf(page)}/login`,
    valid: { login: owner.mobile, password: owner.password },
    captcha: loginCaptcha,
  },
  {
    name: "扫码登录确认",
    async open(b) {
      const login = await new Browser(idp.url).go(authorizationRequest(idp.url).url);
      const token = /data-qr-token="([^"]+)"/.exec(login.html)?.[1];
      return b.go(`/qr/${token}`);
    },
    action: (page) => new URL(page.url).pathname,
    valid: { login: owner.mobile, password: owner.password, action: "confirm" },
    captcha: (page) => formCaptcha(new URL(page.url).pathname)(page),
  },
  {
    name: "立即注册",
    open: (b) => b.go("/register"),
    action: () => "/register",
    valid: {
      name: "韩梅梅",
      idCardNumber: person(301).idCardNumber,
      mobile: person(301).mobile,
      password: NEW_PASSWORD,
      confirm: NEW_PASSWORD,
    },
    captcha: formCaptcha("/register"),
  },
  {
    name: "忘记密码",
    open: (b) => b.go("/forgot"),
    action: () => "/forgot",
    valid: { login: owner.mobile },
    captcha: formCaptcha("/forgot"),
  },
  {
    name: "重置密码",
    async open(b) {
      const page = await b.go("/forgot");
      const form = formOf(page.html, "/forgot");
      return b.post(form.action, {
        ...form.fields,
        login: owner.idCardNumber,
        captcha: await captchaText(idp.url, form.fields.captcha_id ?? ""),
      });
    },
    action: () => "/forgot/reset",
    valid: { code: "123456", password: NEW_PASSWORD, confirm: NEW_PASSWORD },
  },
];

async function submit(form: FormUnderTest, fields: Record<string, string>): Promise<Page> {
  const browser = new Browser(idp.url);
  const page = await form.open(browser);
  const { action, fields: hidden } = formOf(page.html, form.action(page));
  const captcha: Record<string, string> = form.captcha ? { captcha: await form.captcha(page) } : {};
  return browser.post(action, { ...hidden, ...form.valid, ...captcha, ...fields });
}

describe("hostile text in the platform's forms", () => {
  for (const form of forms) {
    const fields = [...Object.keys(form.valid).filter((f) => f !== "action"), ...(form.captcha ? ["captcha"] : [])];
    it(`${form.name}: every field answers hostile text with a message at the field`, async () => {
      for (const field of fields) {
        for (const [label, value, message] of hostile) {
          const result = await submit(form, { [field]: value });
          const where = `${form.name} · ${field} · ${label}`;
          expect(result.status, where).toBe(400);
          const shown = fieldError(result.html, field);
          if (message) expect(shown, where).toBe(message);
          else expect(shown, where).toBeTruthy();
          expect(result.html, where).not.toContain("系统繁忙");
        }
      }
    }, 180_000);
  }

  it("answers an oversized form with 413 and a message, on every form", async () => {
    for (const form of forms) {
      const browser = new Browser(idp.url);
      const page = await form.open(browser);
      const { action, fields } = formOf(page.html, form.action(page));
      const result = await browser.post(action, { ...fields, ...form.valid, password: "中".repeat(10_000) });
      expect(result.status, form.name).toBe(413);
      expect(result.html, form.name).toContain("提交的内容过长");
    }
  }, 60_000);

  it("answers a malformed body with 400, not a server error", async () => {
    const browser = new Browser(idp.url);
    await browser.go("/register");
    const res = await browser.request("/register", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded; charset=x-unknown" },
      body: "name=a",
    });
    expect(res.status).toBeLessThan(500);
    expect(res.status).toBeGreaterThanOrEqual(400);
  });

  it("never answers a query or path parameter with a server error", async () => {
    const browser = new Browser(idp.url);
    const uid = uidOf(await browser.go(authorizationRequest(idp.url).url));
    const bad = ["%00", "%ED%A0%80", "%E2%80%AE", "a".repeat(10_000)];
    for (const value of bad) {
      for (const path of [
        `/interaction/${uid}?login=${value}`,
        `/register?uid=${value}`,
        `/forgot?uid=${value}`,
        `/forgot/reset?ticket=${value}`,
        `/qr/${value}`,
        `/qr/${value}/status`,
        `/captcha/${value}`,
      ]) {
        const res = await browser.request(path);
        expect(res.status, path.slice(0, 80)).toBeLessThan(500);
      }
    }
  }, 60_000);
});
