import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningIdp } from "../../src/idp/index";
import { passwordRuleText } from "../../src/lib/validation/password";
import { Browser, fieldError, formOf, inputValue, noticeText, type Page } from "./helpers/browser";
import {
  authorizationRequest,
  callbackParams,
  captchaText,
  idCard,
  person,
  startTestIdp,
  submitLogin,
  uidOf,
} from "./helpers/idp";

let idp: RunningIdp;
beforeAll(async () => {
  idp = await startTestIdp();
});
afterAll(() => idp.close());

const SUBMITTED =
  "注册信息已提交。如该身份证号和手机号此前均未注册，账号已开通，请登录；如已注册，原账号绑定的手机将收到提醒短信，请直接登录或通过「忘记密码」找回。";

async function outbox(): Promise<{ to: string; text: string }[]> {
  return (await fetch(`${idp.url}/dev/outbox.json`)).json();
}

type Fields = { name: string; idCardNumber: string; mobile: string; password: string; confirm: string };

const valid = (n: number): Fields => {
  const p = person(n);
  return { name: p.name, idCardNumber: p.idCardNumber, mobile: p.mobile, password: p.password, confirm: p.password };
};

async function submitRegistration(browser: Browser, page: Page, fields: Partial<Fields>, captcha?: string) {
  const form = formOf(page.html, "/register");
  return browser.post(form.action, {
    ...form.fields,
    ...fields,
    captcha: captcha ?? (await captchaText(idp.url, form.fields.captcha_id ?? "")),
  });
}

describe("registration (立即注册)", () => {
  it("is linked from the login page with the interaction uid and shows the password rule", async () => {
    const browser = new Browser(idp.url);
    const login = await browser.go(authorizationRequest(idp.url).url);
    const uid = uidOf(login);
    expect(login.html).toContain(`href="/register?uid=${uid}"`);
    expect(login.html).toContain("没有账号？立即注册");
    const page = await browser.go(`/register?uid=${uid}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain(passwordRuleText);
    expect(formOf(page.html, "/register").fields.uid).toBe(uid);
  });

  it.each([
    [
      "bad check digit",
      { idCardNumber: `${idCard(50).slice(0, 17)}${idCard(50).endsWith("1") ? "2" : "1"}` },
      "idCardNumber",
      "身份证号校验位不正确，请核对",
    ],
    ["short 身份证号", { idCardNumber: "11010519850612" }, "idCardNumber", "身份证号应为18位"],
    ["bad mobile", { mobile: "12345678901" }, "mobile", "请输入11位手机号码"],
    ["weak password", { password: "abcdefgh", confirm: "abcdefgh" }, "password", passwordRuleText],
    ["short password", { password: "Ab#1", confirm: "Ab#1" }, "password", passwordRuleText],
    ["mismatch", { confirm: "Zhicheng#2025" }, "confirm", "两次输入的密码不一致"],
    ["missing name", { name: "" }, "name", "请输入姓名"],
  ] as const)(
    "rejects %s with a message at the field and keeps the other entries",
    async (_label, change, field, message) => {
      const browser = new Browser(idp.url);
      const page = await browser.go("/register");
      const fields = { ...valid(50), ...change };
      const result = await submitRegistration(browser, page, fields);
      expect(result.status).toBe(400);
      expect(fieldError(result.html, field)).toBe(message);
      if (field !== "name") expect(inputValue(result.html, "name")).toBe(fields.name);
      expect(result.html).not.toContain(fields.password);
      expect(await idp.store.findByLogin(valid(50).mobile)).toBeNull();
    },
  );

  it("rejects a wrong captcha", async () => {
    const browser = new Browser(idp.url);
    const result = await submitRegistration(browser, await browser.go("/register"), valid(51), "zzzz");
    expect(fieldError(result.html, "captcha")).toBe("验证码错误");
    expect(await idp.store.findByLogin(valid(51).mobile)).toBeNull();
  });

  it("registers, returns to the login interaction with a notice and the account prefilled, and the account can sign in", async () => {
    const browser = new Browser(idp.url);
    const request = authorizationRequest(idp.url);
    const login = await browser.go(request.url);
    const uid = uidOf(login);
    const fields = valid(52);
    const result = await submitRegistration(browser, await browser.go(`/register?uid=${uid}`), fields);
    expect(result.status).toBe(200);
    expect(new URL(result.url).pathname).toBe(`/interaction/${uid}`);
    expect(noticeText(result.html, "success")).toBe(SUBMITTED);
    expect(inputValue(result.html, "login")).toBe(fields.idCardNumber);

    const stored = await idp.store.findByLogin(fields.idCardNumber);
    expect(stored).toMatchObject({ name: fields.name, mobile: fields.mobile, idCardNumber: fields.idCardNumber });

    const done = await submitLogin(browser, result, fields.idCardNumber, fields.password);
    expect(callbackParams(done).state).toBe(request.state);
  });

  it("stores the 身份证号 upper-case", async () => {
    // 11010519491231002X is the GB 11643 specimen number; its check character is X.
    const withX = { ...valid(53), idCardNumber: "11010519491231002x" };
    const browser = new Browser(idp.url);
    const ok = await submitRegistration(browser, await browser.go("/register"), withX);
    expect(ok.status).toBe(200);
    expect(noticeText(ok.html, "success")).toBe(SUBMITTED);
    expect((await idp.store.findByLogin("11010519491231002X"))?.idCardNumber).toBe("11010519491231002X");
  });

  it("answers a registered 身份证号 or mobile exactly like a new one, and tells the owner by SMS instead", async () => {
    const owner = valid(57);
    const browser = new Browser(idp.url);
    const first = await submitRegistration(browser, await browser.go("/register"), owner);
    const outboxBefore = await outbox();

    const sameCard = await submitRegistration(browser, await browser.go("/register"), {
      ...valid(58),
      idCardNumber: owner.idCardNumber,
    });
    const sameMobile = await submitRegistration(browser, await browser.go("/register"), {
      ...valid(59),
      mobile: owner.mobile,
    });
    for (const page of [sameCard, sameMobile]) {
      expect(page.status).toBe(first.status);
      expect(page.url).toBe(first.url);
      expect(noticeText(page.html, "success")).toBe(SUBMITTED);
      expect(page.html).not.toMatch(/该(身份证号|手机号)已注册/);
    }
    // Nothing was created or changed, and nothing went to the numbers typed in.
    expect(await idp.store.findByLogin(valid(58).mobile)).toBeNull();
    expect(await idp.store.findByLogin(valid(59).idCardNumber)).toBeNull();
    const account = await idp.store.findByLogin(owner.idCardNumber);
    expect(account?.mobile).toBe(owner.mobile);
    expect(await idp.store.verifyPassword(account, owner.password)).toBe(true);

    const after = await outbox();
    const sent = after.slice(0, after.length - outboxBefore.length);
    expect(sent.map((m) => m.to)).toEqual(["138****0057", "138****0057"]);
    expect(sent[0]?.text).toContain("有人使用您的手机号申请注册");
    expect(sent[1]?.text).toContain("有人使用您的身份证号申请注册");
    expect(sent.every((m) => m.text.includes("忘记密码"))).toBe(true);
  });

  it("ignores a uid that names no interaction instead of redirecting to it", async () => {
    const browser = new Browser(idp.url);
    const page = await browser.go("/register?uid=https://evil.example");
    expect(formOf(page.html, "/register").fields.uid).toBe("");
    const form = formOf(page.html, "/register");
    const result = await browser.post(form.action, {
      ...form.fields,
      ...valid(56),
      uid: "nonexistent-uid",
      captcha: await captchaText(idp.url, form.fields.captcha_id ?? ""),
    });
    expect(result.status).toBe(200);
    expect(result.url).toBe(`${idp.url}/register`);
    expect(noticeText(result.html, "success")).toBe(SUBMITTED);
  });
});
