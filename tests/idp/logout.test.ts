import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningIdp } from "../../src/idp/index";
import { Browser, formOf, type Page } from "./helpers/browser";
import { authorizationRequest, CLIENT, callbackParams, person, signIn, startTestIdp } from "./helpers/idp";

let idp: RunningIdp;
const kate = person(80);

beforeAll(async () => {
  idp = await startTestIdp();
  await idp.store.createAccount(kate);
});
afterAll(() => idp.close());

/** What the page's script does: submit the provider's form with logout=yes. */
function autoSubmit(browser: Browser, page: Page): Promise<Page> {
  expect(page.html).toContain("正在退出…");
  expect(page.html).toContain('name="logout" value="yes" form="op.logoutForm"');
  expect(page.html).toContain("getElementById('op.logoutForm').submit()");
  const form = formOf(page.html, `${idp.url}/session/end/confirm`);
  return browser.post(form.action, { ...form.fields, logout: "yes" });
}

describe("RP-initiated logout", () => {
  it("ends the IdP session in one hop and returns to the registered post-logout URI", async () => {
    const browser = new Browser(idp.url);
    const { tokens } = await signIn(browser, idp.url, kate.mobile, kate.password);

    // Signed in: a new authorization request is answered without a login page.
    expect(callbackParams(await browser.go(authorizationRequest(idp.url).url)).code).toBeTruthy();

    const params = new URLSearchParams({
      id_token_hint: tokens.id_token,
      post_logout_redirect_uri: `${CLIENT.appUrl}/`,
      state: "bye",
    });
    const logoutPage = await browser.go(`/session/end?${params}`);
    expect(logoutPage.status).toBe(200);
    const after = await autoSubmit(browser, logoutPage);
    expect(after.url).toBe(`${CLIENT.appUrl}/?state=bye`);

    const again = await browser.go(authorizationRequest(idp.url).url);
    expect(again.status).toBe(200);
    expect(again.url).toMatch(/\/interaction\/[^/]+$/);
    expect(again.html).toContain("个人登录");
  });

  it("shows 「您已安全退出」 when no redirect is requested", async () => {
    const browser = new Browser(idp.url);
    await signIn(browser, idp.url, kate.mobile, kate.password);
    const done = await autoSubmit(browser, await browser.go("/session/end"));
    expect(done.status).toBe(200);
    expect(done.html).toContain("您已安全退出");
    const again = await browser.go(authorizationRequest(idp.url).url);
    expect(again.html).toContain("个人登录");
  });

  it("does not redirect to an unregistered post-logout URI", async () => {
    const browser = new Browser(idp.url);
    const { tokens } = await signIn(browser, idp.url, kate.mobile, kate.password);
    const params = new URLSearchParams({
      id_token_hint: tokens.id_token,
      post_logout_redirect_uri: "https://evil.example/",
    });
    const page = await browser.go(`/session/end?${params}`);
    expect(page.status).toBe(400);
    expect(page.url.startsWith(idp.url)).toBe(true);
    // Still signed in.
    expect(callbackParams(await browser.go(authorizationRequest(idp.url).url)).code).toBeTruthy();
  });
});
