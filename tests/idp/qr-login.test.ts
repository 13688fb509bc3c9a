import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningIdp } from "../../src/idp/index";
import { Browser, fieldError, formOf, noticeText, type Page } from "./helpers/browser";
import {
  authorizationRequest,
  callbackParams,
  captchaText,
  exchangeCode,
  person,
  startTestIdp,
  uidOf,
  verifyIdToken,
} from "./helpers/idp";

let idp: RunningIdp;
let offset = 0;
const judy = person(70);
const kate = person(71);
let judyId: string;

beforeAll(async () => {
  idp = await startTestIdp({ clock: () => Date.now() + offset });
  judyId = (await idp.store.createAccount(judy)).id;
  await idp.store.createAccount(kate);
});
afterAll(() => idp.close());

const qrTokenOf = (page: Page) => {
  const token = /data-qr-token="([^"]+)"/.exec(page.html)?.[1];
  if (!token) throw new Error("login page has no QR token");
  return token;
};

async function status(token: string): Promise<string> {
  return ((await (await fetch(`${idp.url}/qr/${token}/status`)).json()) as { status: string }).status;
}

/** Submits the confirm form shown on `page`, with the captcha solved unless one is given. */
async function submitConfirm(phone: Browser, page: Page, fields: Record<string, string>): Promise<Page> {
  const form = formOf(page.html, "/qr/");
  const captcha = fields.captcha ?? (await captchaText(idp.url, form.fields.captcha_id ?? ""));
  return phone.post(form.action, { ...form.fields, action: "confirm", ...fields, captcha });
}

/** The phone: opens the scanned URL in its own browser and confirms. */
async function phoneConfirms(token: string, login: string, password: string): Promise<Page> {
  const phone = new Browser(idp.url);
  const page = await phone.go(`/qr/${token}`);
  expect(page.html).toContain("扫码登录确认");
  return submitConfirm(phone, page, { login, password });
}

const CHROME_ON_WINDOWS =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";

describe("QR sign-in (扫码登录)", () => {
  it("shows a QR of the confirm URL; a second device confirms; the login page completes the flow", async () => {
    const desktop = new Browser(idp.url);
    const request = authorizationRequest(idp.url);
    const login = await desktop.go(request.url);
    const uid = uidOf(login);
    const token = qrTokenOf(login);
    expect(login.html).toContain("扫码登录");
    expect(login.html).toMatch(/<svg[^>]*>[\s\S]*<path/);
    expect(login.html).toContain(`${idp.url}/qr/${token}`);

    const hook = await (await fetch(`${idp.url}/__test/qr/latest`)).json();
    expect(hook).toMatchObject({ token, uid, url: `${idp.url}/qr/${token}` });

    expect(await status(token)).toBe("pending");
    // Completing before confirmation is refused.
    const early = await desktop.go(`/interaction/${uid}/qr-complete?token=${token}`);
    expect(early.status).toBe(400);
    expect(early.html).toContain("二维码已失效或未确认");

    const confirmed = await phoneConfirms(qrTokenOf(early), judy.mobile, judy.password);
    expect(confirmed.html).toContain("登录确认成功，请在电脑上继续操作");
    const freshToken = qrTokenOf(early);
    expect(await status(freshToken)).toBe("confirmed");

    const done = await desktop.go(`/interaction/${uid}/qr-complete?token=${freshToken}`);
    const { code, state } = callbackParams(done);
    expect(state).toBe(request.state);
    const tokens = await (await exchangeCode(idp.url, code, request.verifier)).json();
    const claims = await verifyIdToken(idp.url, tokens.id_token);
    expect(claims).toMatchObject({ sub: judyId, name: judy.name, nonce: request.nonce });

    expect(await status(freshToken)).toBe("used");
  });

  it("is single use and bound to the interaction that showed it", async () => {
    const desktop = new Browser(idp.url);
    const login = await desktop.go(authorizationRequest(idp.url).url);
    const token = qrTokenOf(login);
    await phoneConfirms(token, judy.idCardNumber, judy.password);

    // Another browser, with its own pending sign-in, cannot redeem it.
    const attacker = new Browser(idp.url);
    const attackerLogin = await attacker.go(authorizationRequest(idp.url).url);
    const stolen = await attacker.go(`/interaction/${uidOf(attackerLogin)}/qr-complete?token=${token}`);
    expect(stolen.status).toBe(400);

    const done = await desktop.go(`/interaction/${uidOf(login)}/qr-complete?token=${token}`);
    expect(callbackParams(done).code).toBeTruthy();
  });

  it("shows 「已扫码」 state, supports 取消, and applies password errors and lockout on the phone", async () => {
    const desktop = new Browser(idp.url);
    const token = qrTokenOf(await desktop.go(authorizationRequest(idp.url).url));

    const phone = new Browser(idp.url);
    const page = await phone.go(`/qr/${token}`);
    expect(await status(token)).toBe("scanned");
    const wrong = await submitConfirm(phone, page, { login: judy.mobile, password: "Wrong#Pass1" });
    expect(wrong.status).toBe(400);
    expect(noticeText(wrong.html)).toBe("账号或密码错误");
    const unknown = await submitConfirm(phone, wrong, { login: "13999999999", password: "Wrong#Pass1" });
    expect(noticeText(unknown.html)).toBe("账号或密码错误");
    expect(await status(token)).toBe("scanned");

    const form = formOf(page.html, `/qr/${token}`);
    const cancelled = await phone.post(form.action, { ...form.fields, action: "cancel" });
    expect(cancelled.html).toContain("已取消本次登录");
    expect(await status(token)).toBe("cancelled");
    const late = await phone.post(form.action, {
      ...form.fields,
      login: judy.mobile,
      password: judy.password,
      action: "confirm",
    });
    expect(late.status).toBe(410);
    expect(late.html).toContain("二维码已失效");
    expect(await status(token)).toBe("cancelled");
  });

  it("checks no password without the captcha, so such requests can neither guess nor slow down the account", async () => {
    const desktop = new Browser(idp.url);
    const token = qrTokenOf(await desktop.go(authorizationRequest(idp.url).url));
    const phone = new Browser(idp.url);
    let page = await phone.go(`/qr/${token}`);
    for (let i = 0; i < 6; i++) {
      page = await submitConfirm(phone, page, { login: kate.mobile, password: kate.password, captcha: "" });
      expect(fieldError(page.html, "captcha")).toBe("请输入图形验证码");
      expect(await status(token)).toBe("scanned");
    }
    for (let i = 0; i < 6; i++) {
      page = await submitConfirm(phone, page, { login: kate.mobile, password: `Wrong#Pass${i}`, captcha: "zzzz" });
      expect(fieldError(page.html, "captcha")).toBe("验证码错误");
    }
    const confirmed = await submitConfirm(phone, page, { login: kate.mobile, password: kate.password });
    expect(confirmed.html).toContain("登录确认成功");
    expect(await status(token)).toBe("confirmed");
  });

  it("shows the phone which browser asked to be signed in, when, and from where", async () => {
    const desktop = new Browser(idp.url, CHROME_ON_WINDOWS);
    const token = qrTokenOf(await desktop.go(authorizationRequest(idp.url).url));
    const requestedAt = Date.now() + offset;
    const page = await new Browser(idp.url).go(`/qr/${token}`);

    const detail = (label: string) => new RegExp(`<dt>${label}</dt><dd[^>]*>([^<]*)</dd>`).exec(page.html)?.[1];
    expect(detail("浏览器")).toBe("Chrome 120 · Windows 10");
    expect(detail("地点")).toBe("本机（127.0.0.1）");
    const shown = detail("时间") ?? "";
    const [, y, mo, d, h, mi] = /^(\d{4})年(\d{1,2})月(\d{1,2})日 (\d{2}):(\d{2})（北京时间）$/.exec(shown) ?? [];
    const pad = (n = "") => n.padStart(2, "0");
    const shownMs = Date.parse(`${y}-${pad(mo)}-${pad(d)}T${h}:${mi}:00+08:00`);
    // Shown to the minute: the request was made within (about) the minute the page names.
    expect(Math.abs(requestedAt - shownMs)).toBeLessThan(65_000);
    expect(page.html).toContain("如非本人操作，请点击「取消」");
  });

  it("expires after 2 minutes and the page offers 「刷新二维码」", async () => {
    const desktop = new Browser(idp.url);
    const login = await desktop.go(authorizationRequest(idp.url).url);
    const token = qrTokenOf(login);
    expect(login.html).toContain("刷新二维码");
    expect(login.html).toContain(`href="/interaction/${uidOf(login)}?tab=qr"`);
    offset += 2 * 60_000 + 1_000;
    expect(await status(token)).toBe("expired");
    const phone = await new Browser(idp.url).go(`/qr/${token}`);
    expect(phone.status).toBe(410);
    expect(phone.html).toContain("二维码已失效");

    const refreshed = await desktop.go(`/interaction/${uidOf(login)}?tab=qr`);
    const next = qrTokenOf(refreshed);
    expect(next).not.toBe(token);
    expect(await status(next)).toBe("pending");
    expect(refreshed.html).toMatch(/id="tab-qr" checked/);
  });
});
