import { describe, expect, it } from "vitest";
import { parseEnv } from "@/env";
import { newNonce, pageSecurityHeaders } from "@/server/api/security-headers";

/** A policy as a map from directive to its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

const production = parseEnv({
  NODE_ENV: "production",
  APP_URL: "http://localhost:3000",
  OIDC_ISSUER: "http://localhost:4000/oidc",
  NEXTAUTH_SECRET: "x".repeat(40),
  OIDC_CLIENT_SECRET: "s",
});

describe("security headers of the app's pages", () => {
  it("let only this response's scripts run: its nonce, what they load, no inline handlers, no eval", () => {
    const headers = pageSecurityHeaders(production, "bm9uY2Utb25l");
    const csp = directives(headers["Content-Security-Policy"] ?? "");
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-bm9uY2Utb25l'", "'strict-dynamic'", "'wasm-unsafe-eval'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    // Style elements need the nonce too; only style attributes (set by React and Headless UI) are open.
    expect(csp.get("style-src")).toEqual(["'self'", "'nonce-bm9uY2Utb25l'"]);
    expect(csp.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    expect(csp.get("worker-src")).toEqual(["'self'"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
  });

  it("keep pages out of every frame and let forms go only to this site and the identity platform", () => {
    const csp = directives(pageSecurityHeaders(production, "n")["Content-Security-Policy"] ?? "");
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    // 安全退出 posts to this site, which redirects to the platform's end-session endpoint.
    expect(csp.get("form-action")).toEqual(["'self'", "http://localhost:4000"]);
  });

  it("differ in their nonce on every response", () => {
    const nonces = new Set(Array.from({ length: 100 }, () => newNonce()));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64").length).toBe(16);
  });

  it("ask browsers to use https for a year only when APP_URL is https", () => {
    expect(pageSecurityHeaders(production, "n")).not.toHaveProperty("Strict-Transport-Security");
    const https = pageSecurityHeaders({ ...production, APP_URL: "https://zhicheng.example.gov.cn" }, "n");
    expect(https["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(directives(https["Content-Security-Policy"] ?? "").has("upgrade-insecure-requests")).toBe(true);
  });

  it("allow eval only under next dev, which needs it for its error overlay", () => {
    const dev = pageSecurityHeaders({ ...production, NODE_ENV: "development" }, "n");
    expect(directives(dev["Content-Security-Policy"] ?? "").get("script-src")).toContain("'unsafe-eval'");
    for (const env of ["production", "test"] as const) {
      const csp = pageSecurityHeaders({ ...production, NODE_ENV: env }, "n")["Content-Security-Policy"];
      expect(csp).not.toContain("'unsafe-eval'");
      expect(directives(csp ?? "").get("script-src")).not.toContain("'unsafe-inline'");
    }
  });

  it("deny the browser features the app never uses: camera, microphone, location, payment, devices", () => {
    const policy = pageSecurityHeaders(production, "n")["Permissions-Policy"] ?? "";
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb", "serial", "hid"]) {
      expect(policy.split(", ")).toContain(`${feature}=()`);
    }
  });
});
