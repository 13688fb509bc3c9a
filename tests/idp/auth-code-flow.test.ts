import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningIdp } from "../../src/idp/index";
import { Browser, formOf } from "./helpers/browser";
import {
  authorizationRequest,
  CLIENT,
  callbackParams,
  captchaText,
  exchangeCode,
  person,
  startTestIdp,
  submitLogin,
  uidOf,
  verifyIdToken,
} from "./helpers/idp";

let idp: RunningIdp;
const alice = person(1);
let aliceId: string;

beforeAll(async () => {
  idp = await startTestIdp();
  aliceId = (await idp.store.createAccount(alice)).id;
});
afterAll(() => idp.close());

describe("authorization code flow with PKCE", () => {
  it("signs in with password and captcha and issues a verifiable ID token with the identity claims", async () => {
    const browser = new Browser(idp.url);
    const request = authorizationRequest(idp.url);

    const loginPage = await browser.go(request.url);
    expect(loginPage.status).toBe(200);
    expect(loginPage.url).toMatch(/\/interaction\/[^/]+$/);
    expect(loginPage.html).toContain("个人登录");
    expect(loginPage.html).toContain('lang="zh-CN"');
    expect(loginPage.headers.get("x-frame-options")).toBe("DENY");

    const done = await submitLogin(browser, loginPage, alice.idCardNumber.toLowerCase(), alice.password);
    const { code, state } = callbackParams(done);
    expect(state).toBe(request.state);
    expect(code).toBeTruthy();

    const res = await exchangeCode(idp.url, code, request.verifier);
    expect(res.status).toBe(200);
    const tokens = await res.json();
    expect(tokens.token_type).toBe("Bearer");

    const claims = await verifyIdToken(idp.url, tokens.id_token);
    expect(claims).toMatchObject({
      iss: idp.url,
      aud: CLIENT.id,
      sub: aliceId,
      nonce: request.nonce,
      name: alice.name,
      phone_number: alice.mobile,
      id_card_number: alice.idCardNumber,
    });

    // The same claims are available from the userinfo endpoint with the access token.
    const me = await fetch(`${idp.url}/me`, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(await me.json()).toMatchObject({ sub: aliceId, id_card_number: alice.idCardNumber });
  });

  it("accepts client_secret_post and signs in by mobile number", async () => {
    const browser = new Browser(idp.url);
    const request = authorizationRequest(idp.url);
    const done = await submitLogin(browser, await browser.go(request.url), alice.mobile, alice.password);
    const res = await exchangeCode(idp.url, callbackParams(done).code, request.verifier, "post");
    expect(res.status).toBe(200);
    expect((await verifyIdToken(idp.url, (await res.json()).id_token)).sub).toBe(aliceId);
  });

  it("only releases the claims of the requested scopes", async () => {
    const browser = new Browser(idp.url);
    const request = authorizationRequest(idp.url, { scope: "openid profile" });
    const done = await submitLogin(browser, await browser.go(request.url), alice.mobile, alice.password);
    const tokens = await (await exchangeCode(idp.url, callbackParams(done).code, request.verifier)).json();
    const claims = await verifyIdToken(idp.url, tokens.id_token);
    expect(claims.name).toBe(alice.name);
    expect(claims).not.toHaveProperty("id_card_number");
    expect(claims).not.toHaveProperty("phone_number");
  });

  it("keeps the single sign-on session: a second request from the same browser needs no login", async () => {
    const browser = new Browser(idp.url);
    await submitLogin(browser, await browser.go(authorizationRequest(idp.url).url), alice.mobile, alice.password);
    const again = authorizationRequest(idp.url);
    const page = await browser.go(again.url);
    const { code, state } = callbackParams(page);
    expect(state).toBe(again.state);
    const tokens = await (await exchangeCode(idp.url, code, again.verifier)).json();
    expect((await verifyIdToken(idp.url, tokens.id_token)).nonce).toBe(again.nonce);
  });

  it("grants newly requested scopes silently to a signed-in user (no consent screen)", async () => {
    const browser = new Browser(idp.url);
    const narrow = authorizationRequest(idp.url, { scope: "openid profile" });
    await submitLogin(browser, await browser.go(narrow.url), alice.mobile, alice.password);

    const wider = authorizationRequest(idp.url);
    const page = await browser.go(wider.url);
    const { code } = callbackParams(page);
    const tokens = await (await exchangeCode(idp.url, code, wider.verifier)).json();
    const claims = await verifyIdToken(idp.url, tokens.id_token);
    expect(claims).toMatchObject({ sub: aliceId, id_card_number: alice.idCardNumber, phone_number: alice.mobile });
  });

  it("sets every cookie HttpOnly and SameSite=Lax", async () => {
    const browser = new Browser(idp.url);
    const request = authorizationRequest(idp.url);
    const seen: string[] = [];
    const auth = await browser.request(request.url);
    seen.push(...auth.headers.getSetCookie());
    const login = await browser.request(auth.headers.get("location") ?? "");
    seen.push(...login.headers.getSetCookie());
    const form = formOf(await login.text(), "/interaction/");
    const posted = await browser.request(form.action, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        ...form.fields,
        login: alice.mobile,
        password: alice.password,
        captcha: await captchaText(idp.url, new URL(login.url).pathname.split("/")[2] ?? ""),
      }),
    });
    const resumed = await browser.request(posted.headers.get("location") ?? "");
    seen.push(...posted.headers.getSetCookie(), ...resumed.headers.getSetCookie());
    expect(seen.some((c) => c.startsWith("_session="))).toBe(true);
    expect(seen.some((c) => c.startsWith("idp_csrf="))).toBe(true);
    for (const cookie of seen) {
      expect(cookie.toLowerCase()).toContain("httponly");
      expect(cookie.toLowerCase()).toContain("samesite=lax");
    }
  });

  it("rejects a wrong PKCE verifier, a reused code and a wrong client secret", async () => {
    const browser = new Browser(idp.url);
    const request = authorizationRequest(idp.url);
    const { code } = callbackParams(
      await submitLogin(browser, await browser.go(request.url), alice.mobile, alice.password),
    );
    const wrongVerifier = await exchangeCode(idp.url, code, `${request.verifier}x`);
    expect(wrongVerifier.status).toBe(400);
    expect((await wrongVerifier.json()).error).toBe("invalid_grant");

    const request2 = authorizationRequest(idp.url);
    const code2 = callbackParams(await browser.go(request2.url)).code;
    expect((await exchangeCode(idp.url, code2, request2.verifier)).status).toBe(200);
    expect((await exchangeCode(idp.url, code2, request2.verifier)).status).toBe(400);

    const request3 = authorizationRequest(idp.url);
    const code3 = callbackParams(await browser.go(request3.url)).code;
    const badSecret = await fetch(`${idp.url}/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "authorization_code",
        code: code3,
        redirect_uri: CLIENT.redirectUri,
        code_verifier: request3.verifier,
        client_id: CLIENT.id,
        client_secret: "not-the-secret",
      }),
    });
    expect(badSecret.status).toBe(401);
  });

  it("requires PKCE and refuses unregistered redirect URIs without redirecting to them", async () => {
    const browser = new Browser(idp.url);
    const noPkce = new URL(authorizationRequest(idp.url).url);
    noPkce.searchParams.delete("code_challenge");
    noPkce.searchParams.delete("code_challenge_method");
    const page = await browser.go(noPkce.href);
    expect(page.url.startsWith(CLIENT.redirectUri)).toBe(true);
    expect(new URL(page.url).searchParams.get("error")).toBe("invalid_request");

    const evil = await browser.go(authorizationRequest(idp.url, { redirect_uri: "https://evil.example/cb" }).url);
    expect(evil.url.startsWith(idp.url)).toBe(true);
    expect(evil.status).toBe(400);
    expect(evil.html).toContain("回调地址未登记");
  });

  it("shows the expired-session page for an interaction the browser does not own", async () => {
    const owner = new Browser(idp.url);
    const page = await owner.go(authorizationRequest(idp.url).url);
    const stranger = new Browser(idp.url);
    const res = await stranger.go(`/interaction/${uidOf(page)}`);
    expect(res.status).toBe(400);
    expect(res.html).toContain("登录会话已失效");
  });
});
