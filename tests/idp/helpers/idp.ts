import { createHash, randomBytes } from "node:crypto";
import { createRemoteJWKSet, type JWTPayload, jwtVerify } from "jose";
import { type RunningIdp, type StartIdpOptions, startIdp } from "../../../src/idp/index";
import { idCardCheckChar } from "../../../src/lib/validation/id-card";
import { type Browser, formOf, type Page } from "./browser";

/**
 * The relying party these tests play. Its address is port 9 (discard), which fetch refuses to
 * contact: the platform's back-channel logouts after a test's sign-out reach no real app, not even
 * one a developer runs on the usual port 3000 while the suite runs.
 */
export const CLIENT = {
  id: "zhicheng-app",
  secret: "test-client-secret",
  appUrl: "http://localhost:9",
  redirectUri: "http://localhost:9/api/auth/callback/sso",
};

/** Explicit client settings so a developer's environment variables cannot change what the tests see. */
export function startTestIdp(options: StartIdpOptions = {}): Promise<RunningIdp> {
  return startIdp({
    host: "127.0.0.1",
    port: 0,
    dataDir: "memory://",
    testHooks: true,
    clientId: CLIENT.id,
    clientSecret: CLIENT.secret,
    appUrl: CLIENT.appUrl,
    nodeEnv: "test",
    log: false,
    ...options,
  });
}

/** A valid 身份证号 (GB 11643 check character) that differs by `n`. */
export function idCard(n: number): string {
  const first17 = `11010519850612${String(n % 1000).padStart(3, "0")}`;
  return first17 + idCardCheckChar(first17);
}

export function person(n: number) {
  return {
    name: `测试用户${n}`,
    idCardNumber: idCard(n),
    mobile: `1380013${String(n).padStart(4, "0")}`,
    password: "Zhicheng#2024",
  };
}

export interface AuthRequest {
  url: string;
  state: string;
  nonce: string;
  verifier: string;
}

/** What a relying party sends: code flow, PKCE S256, state and nonce. */
export function authorizationRequest(issuer: string, extra: Record<string, string> = {}): AuthRequest {
  const verifier = randomBytes(32).toString("base64url");
  const state = randomBytes(12).toString("base64url");
  const nonce = randomBytes(12).toString("base64url");
  const params = new URLSearchParams({
    client_id: CLIENT.id,
    response_type: "code",
    redirect_uri: CLIENT.redirectUri,
    scope: "openid profile phone idcard",
    state,
    nonce,
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
    ...extra,
  });
  return { url: `${issuer}/auth?${params}`, state, nonce, verifier };
}

export const uidOf = (page: Page) => {
  const m = /\/interaction\/([^/?#]+)/.exec(page.url);
  if (!m?.[1]) throw new Error(`not an interaction page: ${page.url}`);
  return m[1];
};

export async function captchaText(issuer: string, id: string): Promise<string> {
  const res = await fetch(`${issuer}/__test/captcha/${encodeURIComponent(id)}`);
  if (!res.ok) throw new Error(`no captcha for ${id}: ${res.status}`);
  return ((await res.json()) as { text: string }).text;
}

/** Fills and submits the 密码登录 form shown on `page`. */
export async function submitLogin(
  browser: Browser,
  page: Page,
  login: string,
  password: string,
  captcha?: string,
): Promise<Page> {
  const uid = uidOf(page);
  const form = formOf(page.html, `/interaction/${uid}/login`);
  return browser.post(form.action, {
    ...form.fields,
    login,
    password,
    captcha: captcha ?? (await captchaText(browser.base, uid)),
  });
}

/** The code and state the provider hands back at the app's callback. */
export function callbackParams(page: Page): { code: string; state: string } {
  if (!page.url.startsWith(CLIENT.redirectUri))
    throw new Error(`expected a redirect to the app, got ${page.url}\n${page.html.slice(0, 1500)}`);
  const url = new URL(page.url);
  return { code: url.searchParams.get("code") ?? "", state: url.searchParams.get("state") ?? "" };
}

export async function exchangeCode(
  issuer: string,
  code: string,
  verifier: string,
  auth: "basic" | "post" = "basic",
): Promise<Response> {
  const body = new URLSearchParams({
    grant_type: "authorization_code",
    code,
    redirect_uri: CLIENT.redirectUri,
    code_verifier: verifier,
  });
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (auth === "basic") {
    headers.authorization = `Basic ${Buffer.from(`${encodeURIComponent(CLIENT.id)}:${encodeURIComponent(CLIENT.secret)}`).toString("base64")}`;
  } else {
    body.set("client_id", CLIENT.id);
    body.set("client_secret", CLIENT.secret);
  }
  return fetch(`${issuer}/token`, { method: "POST", headers, body });
}

export async function verifyIdToken(issuer: string, idToken: string): Promise<JWTPayload> {
  const jwks = createRemoteJWKSet(new URL(`${issuer}/jwks`));
  const { payload } = await jwtVerify(idToken, jwks, { issuer, audience: CLIENT.id });
  return payload;
}

/** Signs in from scratch in `browser` and returns the ID token claims and raw tokens. */
export async function signIn(browser: Browser, issuer: string, login: string, password: string) {
  const request = authorizationRequest(issuer);
  const loginPage = await browser.go(request.url);
  const done = await submitLogin(browser, loginPage, login, password);
  const { code } = callbackParams(done);
  const tokens = (await (await exchangeCode(issuer, code, request.verifier)).json()) as { id_token: string };
  return { request, tokens, claims: await verifyIdToken(issuer, tokens.id_token) };
}
