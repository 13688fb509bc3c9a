import { createHash } from "node:crypto";
import type { Context, Next } from "koa";
import { permissionsPolicy } from "../../lib/permissions-policy";
import type { IdpConfig } from "../config";
import { pageScripts } from "../views/scripts";
import { styles } from "../views/styles";

const styleHash = `'sha256-${createHash("sha256").update(styles.value, "utf8").digest("base64")}'`;

/**
 * The headers of every response. The pages are server-rendered HTML whose only scripts and only
 * stylesheet are constants, allowed by their hashes: nothing else inline runs, and no script file
 * is loaded at all (oidc-provider adds the hash of its own form_post script to this policy when it
 * renders one). Captcha and QR code are inline SVG; their refresh and the QR status are fetched
 * from this origin. Forms post here, and their redirects lead to the app: after sign-in to its
 * callback, after 安全退出 to its home page (browsers check form-action on those redirects).
 */
export function securityHeaderSet(config: Pick<IdpConfig, "appUrl"> & { issuer: string }): Record<string, string> {
  const https = new URL(config.issuer).protocol === "https:";
  const policy = [
    "default-src 'none'",
    `script-src ${pageScripts.map((s) => s.hash).join(" ")}`,
    `style-src ${styleHash}`,
    "img-src 'self'",
    "connect-src 'self'",
    `form-action 'self' ${new URL(config.appUrl).origin}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return {
    "Content-Security-Policy": policy.join("; "),
    "Permissions-Policy": permissionsPolicy,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** Applied to every response, the provider's own endpoints included. */
export function securityHeaders(config: Pick<IdpConfig, "appUrl"> & { issuer: string }) {
  const headers = securityHeaderSet(config);
  return async (ctx: Context, next: Next): Promise<void> => {
    ctx.set(headers);
    await next();
  };
}
