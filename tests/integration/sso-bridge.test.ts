import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair } from "jose";
import { decode } from "next-auth/jwt";
import Provider from "oidc-provider";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { parseEnv } from "@/env";
import { idCardCheckChar } from "@/lib/validation/id-card";
import { buildAuthOptions } from "@/server/auth/options";
import { loadSessionUserBySession } from "@/server/auth/session-user";
import { endSession } from "@/server/domain/identity/end-sessions";
import { AppSignIn, devInteractionSignIn } from "../helpers/app-sign-in";
import { createTestDb, type TestDb } from "../helpers/db";
import { Browser } from "../idp/helpers/browser";

/**
 * A second, independent OpenID provider — not the built-in platform's code: a bare oidc-provider
 * that signs ID tokens only with ES256 and, as OpenID Connect prescribes by default, releases the
 * profile claims only at its userinfo endpoint. The app is pointed at it by configuration alone.
 */
const APP_URL = "http://localhost:3999";
const CLIENT = { id: "zhicheng-second", secret: "second-platform-client-secret" };

const first17 = "22010219900307123";
const validIdCard = first17 + idCardCheckChar(first17);
const badIdCard = first17 + (idCardCheckChar(first17) === "0" ? "1" : "0");

/** The second platform's accounts: claims by account id. */
const people: Record<string, Record<string, unknown>> = {
  "acct-ok": { name: "钱多多", id_card_number: validIdCard, phone_number: "13700000001" },
  "acct-no-idcard": { name: "缺证件", phone_number: "13700000002" },
  "acct-bad-idcard": { name: "错证件", id_card_number: badIdCard },
  "acct-no-name": { id_card_number: `${first17.slice(0, 16)}9${idCardCheckChar(`${first17.slice(0, 16)}9`)}` },
};

let server: Server;
let issuer: string;
let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  issuer = `http://localhost:${(server.address() as AddressInfo).port}`;
  const { privateKey } = await generateKeyPair("ES256", { extractable: true });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
        redirect_uris: [`${APP_URL}/api/auth/callback/sso`],
        id_token_signed_response_alg: "ES256",
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    jwks: { keys: [{ ...(await exportJWK(privateKey)), alg: "ES256", use: "sig", kid: "second-es256" }] },
    enabledJWA: { idTokenSigningAlgValues: ["ES256"] },
    scopes: ["openid", "profile", "phone", "idcard"],
    claims: { openid: ["sub"], profile: ["name"], phone: ["phone_number"], idcard: ["id_card_number"] },
    conformIdTokenClaims: true,
    pkce: { required: () => true },
    cookies: { keys: ["second-platform-cookie-key"] },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, sub) {
      const claims = people[sub];
      return claims ? { accountId: sub, claims: () => ({ sub, ...claims }) } : undefined;
    },
  });
  server.on("request", provider.callback());
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

afterEach(() => vi.restoreAllMocks());

function appAt(extra: Record<string, string> = {}) {
  const config = parseEnv({
    APP_URL,
    NEXTAUTH_SECRET: "sso-bridge-test-secret-sso-bridge-test",
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: CLIENT.id,
    OIDC_CLIENT_SECRET: CLIENT.secret,
    ...extra,
  });
  return { config, app: new AppSignIn(buildAuthOptions(config, t.db), APP_URL) };
}

async function signInAs(app: AppSignIn, accountId: string): Promise<string> {
  const authorizationUrl = await app.start("/hall");
  const back = await devInteractionSignIn(new Browser(issuer), authorizationUrl, accountId);
  return app.finish(back);
}

function operatorLines(spy: { mock: { calls: unknown[][] } }): string[] {
  return spy.mock.calls.map((args) => String(args[0]));
}

describe("signing in through a second, independent OpenID provider", () => {
  it("accepts its ES256 ID tokens and completes the person from its userinfo endpoint", async () => {
    const { config, app } = appAt();
    expect(await signInAs(app, "acct-ok")).toBe(`${APP_URL}/hall`);

    const token = await decode({ token: app.sessionCookie ?? "", secret: config.NEXTAUTH_SECRET });
    // What the provider really sent: ES256, and no profile claims in the ID token.
    expect(decodeProtectedHeader(token?.idToken ?? "").alg).toBe("ES256");
    expect(decodeJwt(token?.idToken ?? "")).not.toHaveProperty("name");

    const user = await t.db.user.findUniqueOrThrow({ where: { ssoSubject: "acct-ok" } });
    expect(user).toMatchObject({ name: "钱多多", idCardNumber: validIdCard, mobile: "13700000001" });
    const signedIn = await loadSessionUserBySession(t.db, token?.sid ?? "", config.SESSION_MAX_HOURS);
    expect(signedIn?.id).toBe(user.id);
    expect(await app.session()).toMatchObject({ user: { name: "钱多多" } });

    // Once the session ends on the server, next-auth's session endpoint no longer names the person.
    await endSession(t.db, token?.sid ?? "", "SIGNED_OUT");
    expect(await app.session()).toMatchObject({ user: { name: "" } });
  });

  it("refuses an ID token signed with an algorithm the operator did not allow (OIDC_ID_TOKEN_ALGS)", async () => {
    const { app } = appAt({ OIDC_ID_TOKEN_ALGS: "RS256" });
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const shown = new URL(await signInAs(app, "acct-ok"), APP_URL);
    expect(shown.pathname).toBe("/login");
    expect(shown.searchParams.get("error")).toBe("OAuthCallback");
    expect(app.sessionCookie).toBeUndefined();
    expect(JSON.stringify(errors.mock.calls)).toContain("ID token signed with ES256; accepted: RS256");
  });

  const refusals: [string, string, string][] = [
    ["without a 身份证号", "acct-no-idcard", "/login?error=ClaimMissing&claim=id_card_number"],
    [
      "with a 身份证号 that fails the GB 11643 check",
      "acct-bad-idcard",
      "/login?error=ClaimInvalid&claim=id_card_number",
    ],
    ["without a name", "acct-no-name", "/login?error=ClaimMissing&claim=name"],
  ];

  it.each(refusals)(
    "refuses a person %s, says which claim, and logs it for the operator",
    async (_case, account, to) => {
      const { app } = appAt();
      const warnings = vi.spyOn(console, "warn").mockImplementation(() => {});
      expect(await signInAs(app, account)).toBe(to);
      expect(app.sessionCookie).toBeUndefined();
      expect(await t.db.user.count({ where: { ssoSubject: account } })).toBe(0);
      const claim = new URL(to, APP_URL).searchParams.get("claim");
      const line = operatorLines(warnings).find((l) => l.includes("sso.sign_in_refused"));
      expect(JSON.parse(line ?? "{}")).toMatchObject({ event: "sso.sign_in_refused", sub: account, claim, issuer });
      // The operator's line names the claim, never its value.
      expect(line).not.toContain(badIdCard);
    },
  );
});
