import { createRequire } from "node:module";
import path from "node:path";
import type { NextAuthOptions } from "next-auth";
import { type Browser, formOf } from "../idp/helpers/browser";

type InternalResponse = {
  status?: number;
  redirect?: string;
  body?: unknown;
  cookies?: { name: string; value: string; options?: { maxAge?: number } }[];
};
type AuthHandler = (params: { req: Record<string, unknown>; options: NextAuthOptions }) => Promise<InternalResponse>;

// next-auth's own request handler, as its Next.js route handler calls it; the package's exports map
// does not list it, and the route handler itself needs a Next.js request context.
const { AuthHandler } = createRequire(import.meta.url)(path.resolve("node_modules/next-auth/core/index.js")) as {
  AuthHandler: AuthHandler;
};

export const SESSION_COOKIE = "next-auth.session-token";

/**
 * The app's side of sign-in, driven through next-auth with the app's real options: one browser's
 * cookies for the app origin, and a second `Browser` for the identity platform.
 */
export class AppSignIn {
  readonly cookies: Record<string, string> = {};

  constructor(
    readonly options: NextAuthOptions,
    readonly appUrl: string,
  ) {}

  private async call(req: Record<string, unknown>): Promise<InternalResponse> {
    // next-auth takes the app's origin from NEXTAUTH_URL only, as in production.
    const previous = process.env.NEXTAUTH_URL;
    process.env.NEXTAUTH_URL = this.appUrl;
    const res = await AuthHandler({ req: { cookies: { ...this.cookies }, ...req }, options: this.options }).finally(
      () => {
        if (previous === undefined) delete process.env.NEXTAUTH_URL;
        else process.env.NEXTAUTH_URL = previous;
      },
    );
    for (const c of res.cookies ?? []) {
      if (c.options?.maxAge === 0 || c.value === "") delete this.cookies[c.name];
      else this.cookies[c.name] = c.value;
    }
    return res;
  }

  /** 个人账号登录: the app sends the browser to the platform's authorization endpoint. */
  async start(callbackUrl = "/hall"): Promise<string> {
    const csrf = (await this.call({ action: "csrf", method: "GET" })).body as { csrfToken: string };
    const res = await this.call({
      action: "signin",
      providerId: "sso",
      method: "POST",
      body: { csrfToken: csrf.csrfToken, callbackUrl },
    });
    if (!res.redirect) throw new Error(`sign-in did not redirect: ${JSON.stringify(res)}`);
    return res.redirect;
  }

  /** The platform sent the browser back to /api/auth/callback/sso; returns where the app sends it next. */
  async finish(callbackUrl: string): Promise<string> {
    if (!callbackUrl.startsWith(`${this.appUrl}/api/auth/callback/sso`)) {
      throw new Error(`expected the app's callback, got ${callbackUrl}`);
    }
    const query = Object.fromEntries(new URL(callbackUrl).searchParams);
    let res = await this.call({ action: "callback", providerId: "sso", method: "GET", query });
    // Errors pass through next-auth's own routes (/api/auth/error, /api/auth/signin) before the app's page.
    const own = `${this.appUrl}/api/auth/`;
    for (let hops = 0; hops < 3 && res.redirect?.startsWith(own); hops++) {
      const next = new URL(res.redirect);
      const params = Object.fromEntries(next.searchParams);
      const action = next.pathname.slice("/api/auth/".length);
      res = await this.call({ action, method: "GET", query: params, error: params.error });
    }
    return res.redirect ?? `(status ${res.status})`;
  }

  /** What next-auth's /api/auth/session tells a script in this browser. */
  async session(): Promise<unknown> {
    return (await this.call({ action: "session", method: "GET" })).body;
  }

  get sessionCookie(): string | undefined {
    return this.cookies[SESSION_COOKIE];
  }
}

/**
 * Signs `accountId` in at an oidc-provider with development interactions (any password, then
 * consent) and returns the URL the platform sends the browser back to.
 */
export async function devInteractionSignIn(platform: Browser, authorizationUrl: string, accountId: string) {
  const login = await platform.go(authorizationUrl);
  const interaction = `${platform.base}/interaction/`;
  const loginForm = formOf(login.html, interaction);
  const consent = await platform.post(loginForm.action, { ...loginForm.fields, login: accountId, password: "x" });
  if (!consent.html) return consent.url;
  const consentForm = formOf(consent.html, interaction);
  return (await platform.post(consentForm.action, consentForm.fields)).url;
}
