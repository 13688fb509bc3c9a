import "server-only";
import { randomBytes } from "node:crypto";
import type { Env } from "@/env";
import { permissionsPolicy } from "@/lib/permissions-policy";

/** 128 random bits, new for every response: what an injected <script> would have to guess. */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

export interface PageSecurityHeaders {
  "Content-Security-Policy": string;
  "Permissions-Policy": string;
  "Strict-Transport-Security"?: string;
}

/**
 * The headers `src/proxy.ts` adds to every page (and API answer) it handles; next.config.mjs adds
 * the static ones (nosniff, Referrer-Policy, X-Frame-Options), /api/files/* has its own
 * (file-headers.ts).
 *
 * Scripts: only those carrying this response's nonce, which Next.js puts on its own scripts, and
 * what they load ('strict-dynamic': the page chunks, the pdf.js module) — no inline handlers, no
 * injected <script>. 'wasm-unsafe-eval' lets pdf.js compile its WebAssembly decoders (JPEG 2000,
 * JBIG2 scans, the ICC colour engine); it allows no JavaScript eval. `next dev` needs eval for its
 * error overlay, and only there is it allowed.
 * Styles: <style> elements need the nonce too; style *attributes* stay open (React renders
 * `style={…}` for the upload progress bar and the viewer's page sizes, Headless UI for its hidden
 * form inputs). An attribute styles its own element only — it cannot read the page the way an
 * injected stylesheet with attribute selectors can — so that is the smaller opening.
 * Forms: this site, and the identity platform, because 安全退出 posts here and is redirected there
 * to end the platform's session (browsers check form-action on the redirect too).
 */
export function pageSecurityHeaders(
  config: Pick<Env, "APP_URL" | "OIDC_ISSUER" | "NODE_ENV">,
  nonce: string,
): PageSecurityHeaders {
  const development = config.NODE_ENV === "development";
  const https = new URL(config.APP_URL).protocol === "https:";
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic' 'wasm-unsafe-eval'${development ? " 'unsafe-eval'" : ""}`,
    // next dev injects its styles from scripts without the nonce.
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action 'self' ${new URL(config.OIDC_ISSUER).origin}`,
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return {
    "Content-Security-Policy": policy.join("; "),
    "Permissions-Policy": permissionsPolicy,
    // Over http the header is ignored anyway; a development setup must not pin localhost to https.
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
