import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { securityHeaderSet } from "../../src/idp/http/security-headers";
import type { RunningIdp } from "../../src/idp/index";
import { Browser, type Page } from "./helpers/browser";
import { authorizationRequest, CLIENT, person, startTestIdp, submitLogin } from "./helpers/idp";

let idp: RunningIdp;
beforeAll(async () => {
  idp = await startTestIdp();
});
afterAll(() => idp.close());

function directives(policy: string | null): Map<string, string[]> {
  return new Map(
    (policy ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const blocks = (html: string, tag: "script" | "style") =>
  [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, "g"))].map((m) => m[1] ?? "");

/** Every page the platform shows a person, reached as a browser reaches it. */
async function everyPage(): Promise<Record<string, Page>> {
  const browser = new Browser(idp.url);
  const login = await browser.go(authorizationRequest(idp.url).url);
  const qrToken = /data-qr-token="([^"]+)"/.exec(login.html)?.[1];
  return {
    login,
    register: await browser.go("/register"),
    forgot: await browser.go("/forgot"),
    qrConfirm: await new Browser(idp.url).go(`/qr/${qrToken}`),
    qrExpired: await browser.go("/qr/unknown-token"),
    logout: await browser.go("/session/end"),
    providerError: await browser.go("/auth?client_id=unknown"),
    outbox: await browser.go("/dev/outbox"),
    home: await browser.go("/"),
  };
}

describe("security headers of the identity platform", () => {
  it("let every page run only its own inline scripts and styles, by their hashes", async () => {
    const pages = await everyPage();
    expect(blocks(pages.login?.html ?? "", "script").length).toBeGreaterThan(0);
    expect(blocks(pages.logout?.html ?? "", "script").length).toBeGreaterThan(0);
    for (const [name, page] of Object.entries(pages)) {
      expect(page.status, name).toBeLessThan(500);
      const csp = directives(page.headers.get("content-security-policy"));
      expect(csp.get("default-src"), name).toEqual(["'none'"]);
      const scripts = csp.get("script-src") ?? [];
      expect(scripts, name).not.toContain("'unsafe-inline'");
      expect(scripts, name).not.toContain("'self'");
      for (const script of blocks(page.html, "script")) expect(scripts, name).toContain(sha256(script));
      const styles = csp.get("style-src") ?? [];
      expect(styles, name).not.toContain("'unsafe-inline'");
      for (const style of blocks(page.html, "style")) expect(styles, name).toContain(sha256(style));
      // Hashes cover <script> and <style> elements only: attributes would be blocked.
      expect(page.html, name).not.toMatch(/\sstyle="/);
      expect(page.html, name).not.toMatch(/\son[a-z]+="/);
    }
  });

  it("let oidc-provider's own form_post page run its script: the provider adds its hash to the policy", async () => {
    const alice = person(41);
    await idp.store.createAccount(alice);
    const browser = new Browser(idp.url);
    const login = await browser.go(authorizationRequest(idp.url, { response_mode: "form_post" }).url);
    const page = await submitLogin(browser, login, alice.mobile, alice.password);
    expect(page.html).toContain(`action="${CLIENT.redirectUri}"`);
    const [script] = blocks(page.html, "script");
    expect(directives(page.headers.get("content-security-policy")).get("script-src")).toContain(sha256(script ?? ""));
  });

  it("keep every response out of frames, and let forms post only to the platform and the app", async () => {
    for (const path of ["/", "/register", "/.well-known/openid-configuration", "/captcha/abc"]) {
      const res = await fetch(`${idp.url}${path}`);
      const csp = directives(res.headers.get("content-security-policy"));
      expect(csp.get("frame-ancestors"), path).toEqual(["'none'"]);
      // After a sign-in or sign-out form the browser is redirected to the app: form-action covers redirects.
      expect(csp.get("form-action"), path).toEqual(["'self'", CLIENT.appUrl]);
      expect(csp.get("base-uri"), path).toEqual(["'none'"]);
      expect(res.headers.get("x-frame-options"), path).toBe("DENY");
      const features = (res.headers.get("permissions-policy") ?? "").split(", ");
      for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
        expect(features, path).toContain(`${feature}=()`);
      }
      expect(res.headers.get("strict-transport-security"), path).toBeNull();
    }
  });

  it("ask browsers to use https for a year when the issuer is https", () => {
    const https = securityHeaderSet({
      issuer: "https://idp.example.gov.cn",
      appUrl: "https://zhicheng.example.gov.cn",
    });
    expect(https["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(directives(https["Content-Security-Policy"] ?? "").get("form-action")).toEqual([
      "'self'",
      "https://zhicheng.example.gov.cn",
    ]);
    expect(securityHeaderSet({ issuer: "http://localhost:4000", appUrl: CLIENT.appUrl })).not.toHaveProperty(
      "Strict-Transport-Security",
    );
  });
});
