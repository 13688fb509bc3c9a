import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { decodeJwt, exportJWK, generateKeyPair, SignJWT } from "jose";
import { decode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseEnv } from "@/env";
import { handleBackchannelLogout } from "@/server/auth/backchannel-logout";
import { buildAuthOptions } from "@/server/auth/options";
import { userFromSessionCookie } from "@/server/auth/session-token";
import type { RunningIdp } from "../../src/idp/index";
import { AppSignIn } from "../helpers/app-sign-in";
import { createTestDb, type TestDb } from "../helpers/db";
import { Browser, formOf, type Page } from "../idp/helpers/browser";
import { CLIENT, captchaText, person, startTestIdp, submitLogin } from "../idp/helpers/idp";

/**
 * The built-in identity platform and the app's back-channel logout endpoint, over HTTP: the
 * platform posts its logout tokens to a server that hands them to the app's route handler.
 */
let t: TestDb;
let idp: RunningIdp;
let app: Server;
let appUrl: string;
let config: ReturnType<typeof parseEnv>;
const kate = person(91);
const leo = person(92);
const NEW_PASSWORD = "Renewed#Pass9";

beforeAll(async () => {
  t = await createTestDb();
  app = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request = new Request(`${appUrl}${req.url}`, {
      method: req.method,
      headers: req.headers as Record<string, string>,
      body: req.method === "POST" ? Buffer.concat(chunks) : undefined,
    });
    const response =
      req.url === "/api/auth/backchannel-logout" && req.method === "POST"
        ? await handleBackchannelLogout(request, config, t.db)
        : new Response("not found", { status: 404 });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
  appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
  idp = await startTestIdp({ appUrl });
  config = parseEnv({
    APP_URL: appUrl,
    NEXTAUTH_SECRET: "backchannel-test-secret-backchannel-test",
    OIDC_ISSUER: idp.url,
    OIDC_CLIENT_ID: CLIENT.id,
    OIDC_CLIENT_SECRET: CLIENT.secret,
  });
  await idp.store.createAccount(kate);
  await idp.store.createAccount(leo);
  vi.spyOn(console, "info").mockImplementation(() => {});
});

afterAll(async () => {
  await idp.close();
  app.closeAllConnections();
  await new Promise((resolve) => app.close(resolve));
  await t.close();
});

/** One browser signing in to the app with the platform's password form. */
async function signIn(login: string, password: string) {
  const appSide = new AppSignIn(buildAuthOptions(config, t.db), appUrl);
  const platform = new Browser(idp.url);
  const loginPage = await platform.go(await appSide.start("/hall"));
  const back = await submitLogin(platform, loginPage, login, password);
  expect(await appSide.finish(back.url)).toBe(`${appUrl}/hall`);
  const cookie = appSide.sessionCookie ?? "";
  const token = await decode({ token: cookie, secret: config.NEXTAUTH_SECRET });
  return { platform, cookie, idToken: token?.idToken ?? "", sid: token?.sid ?? "" };
}

const signedInAs = async (cookie: string) => (await userFromSessionCookie(t.db, config, cookie))?.name ?? null;

async function resetPassword(login: string): Promise<Page> {
  const browser = new Browser(idp.url);
  const start = formOf((await browser.go("/forgot")).html, "/forgot");
  const step2 = await browser.post(start.action, {
    ...start.fields,
    login,
    captcha: await captchaText(idp.url, start.fields.captcha_id ?? ""),
  });
  const outbox = (await (await fetch(`${idp.url}/dev/outbox.json`)).json()) as { text: string }[];
  const code = /验证码为(\d{6})/.exec(outbox[0]?.text ?? "")?.[1] ?? "";
  const form = formOf(step2.html, "/forgot/reset");
  return browser.post(form.action, { ...form.fields, code, password: NEW_PASSWORD, confirm: NEW_PASSWORD });
}

const postLogoutToken = (body: Record<string, string>) =>
  fetch(`${appUrl}/api/auth/backchannel-logout`, { method: "POST", body: new URLSearchParams(body) });

describe("the identity platform ends app sessions (OpenID Connect back-channel logout)", () => {
  it("a password reset at the platform signs the person out of the app in every browser", async () => {
    const office = await signIn(kate.mobile, kate.password);
    const home = await signIn(kate.idCardNumber, kate.password);
    const bystander = await signIn(leo.mobile, leo.password);
    expect(await signedInAs(office.cookie)).toBe(kate.name);
    expect(await signedInAs(home.cookie)).toBe(kate.name);

    const done = await resetPassword(kate.mobile);
    expect(done.html).toContain("密码已重置");

    expect(await signedInAs(office.cookie)).toBeNull();
    expect(await signedInAs(home.cookie)).toBeNull();
    expect(await signedInAs(bystander.cookie)).toBe(leo.name);
    const ended = await t.db.userSession.findMany({ where: { id: { in: [office.sid, home.sid] } } });
    expect(ended.map((s) => s.revokedReason)).toEqual(["PLATFORM_LOGOUT", "PLATFORM_LOGOUT"]);
  });

  it("signing out at the platform ends exactly the app session that platform session opened", async () => {
    const first = await signIn(leo.mobile, leo.password);
    const second = await signIn(leo.idCardNumber, leo.password);
    const platformSid = decodeJwt(first.idToken).sid;
    expect(platformSid).toEqual(expect.any(String));
    expect((await t.db.userSession.findUniqueOrThrow({ where: { id: first.sid } })).ssoSessionId).toBe(platformSid);

    const params = new URLSearchParams({ id_token_hint: first.idToken, post_logout_redirect_uri: `${appUrl}/` });
    const confirm = await first.platform.go(`/session/end?${params}`);
    const form = formOf(confirm.html, `${idp.url}/session/end/confirm`);
    await first.platform.post(form.action, { ...form.fields, logout: "yes" });

    expect(await signedInAs(first.cookie)).toBeNull();
    expect(await signedInAs(second.cookie)).toBe(leo.name);
  });

  it("refuses logout tokens that are missing, forged, or ID tokens replayed as logout tokens", async () => {
    const victim = await signIn(leo.mobile, leo.password);
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => {});

    expect((await postLogoutToken({})).status).toBe(400);
    expect((await postLogoutToken({ logout_token: "not.a.jwt" })).status).toBe(400);
    // An ID token is signed by the platform for this client, but it is not a logout token.
    expect((await postLogoutToken({ logout_token: victim.idToken })).status).toBe(400);

    const { privateKey, publicKey } = await generateKeyPair("RS256");
    const kid = (await exportJWK(publicKey)).n?.slice(0, 8);
    const forged = await new SignJWT({
      sub: decodeJwt(victim.idToken).sub,
      events: { "http://schemas.openid.net/event/backchannel-logout": {} },
    })
      .setProtectedHeader({ alg: "RS256", kid, typ: "logout+jwt" })
      .setIssuer(idp.url)
      .setAudience(CLIENT.id)
      .setIssuedAt()
      .setJti("forged")
      .sign(privateKey);
    expect((await postLogoutToken({ logout_token: forged })).status).toBe(400);

    expect(await signedInAs(victim.cookie)).toBe(leo.name);
    const lines = warnings.mock.calls.map((args) => String(args[0]));
    // Every token that did not verify is logged for the operator (a request without one is not).
    expect(lines.filter((l) => l.includes("sso.backchannel_logout_refused"))).toHaveLength(3);
    warnings.mockRestore();
  });
});
