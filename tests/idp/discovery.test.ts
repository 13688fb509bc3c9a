import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningIdp } from "../../src/idp/index";
import { startTestIdp } from "./helpers/idp";

let idp: RunningIdp;
beforeAll(async () => {
  idp = await startTestIdp();
});
afterAll(() => idp.close());

describe("discovery and keys", () => {
  it("publishes an OpenID configuration for the code flow with PKCE and logout", async () => {
    const res = await fetch(`${idp.url}/.well-known/openid-configuration`);
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.issuer).toBe(idp.url);
    expect(doc.authorization_endpoint).toBe(`${idp.url}/auth`);
    expect(doc.token_endpoint).toBe(`${idp.url}/token`);
    expect(doc.jwks_uri).toBe(`${idp.url}/jwks`);
    expect(doc.end_session_endpoint).toBe(`${idp.url}/session/end`);
    expect(doc.response_types_supported).toEqual(["code"]);
    expect(doc.code_challenge_methods_supported).toEqual(["S256"]);
    expect(doc.scopes_supported).toEqual(expect.arrayContaining(["openid", "profile", "phone", "idcard"]));
    expect(doc.claims_supported).toEqual(expect.arrayContaining(["sub", "name", "phone_number", "id_card_number"]));
    expect(doc.token_endpoint_auth_methods_supported).toEqual(
      expect.arrayContaining(["client_secret_basic", "client_secret_post"]),
    );
  });

  it("serves only public signing keys", async () => {
    const res = await fetch(`${idp.url}/jwks`);
    expect(res.status).toBe(200);
    const { keys } = await res.json();
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect(key).toMatchObject({ kty: "RSA", use: "sig", alg: "RS256" });
      expect(key.kid).toBeTruthy();
      for (const secret of ["d", "p", "q", "dp", "dq", "qi"]) expect(key).not.toHaveProperty(secret);
    }
  });

  it("forbids framing of every response", async () => {
    for (const path of ["/.well-known/openid-configuration", "/", "/register"]) {
      const res = await fetch(`${idp.url}${path}`);
      expect(res.headers.get("x-frame-options")).toBe("DENY");
    }
  });
});

describe("the platform's icon", () => {
  it("is the app's icon, at /favicon.ico and /favicon.svg, and every page links it", async () => {
    const ico = await fetch(`${idp.url}/favicon.ico`);
    expect(ico.status).toBe(200);
    expect(ico.headers.get("content-type")).toBe("image/x-icon");
    expect(Buffer.from(await ico.arrayBuffer()).equals(readFileSync("public/favicon.ico"))).toBe(true);
    const svg = await fetch(`${idp.url}/favicon.svg`);
    expect(svg.headers.get("content-type")).toContain("image/svg+xml");
    expect(await svg.text()).toBe(readFileSync("public/favicon.svg", "utf8"));
    expect(await (await fetch(`${idp.url}/`)).text()).toContain('<link rel="icon" href="/favicon.svg"');
  });
});
