import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { UnknownObject } from "openid-client";
import { type Env, env } from "@/env";
import { safeCallbackPath } from "@/lib/safe-callback";
import { type Db, getDb } from "@/server/db";
import { readIdentityClaims } from "@/server/domain/identity/read-identity-claims";
import { startSession } from "@/server/domain/identity/start-session";
import { syncUserFromClaims } from "@/server/domain/identity/sync-user-from-claims";
import { acceptedIdTokenAlgs } from "./id-token-algs";
import { exchangeCode, platformClaims } from "./platform-tokens";
import { loadSessionUserBySession } from "./session-user";

declare module "next-auth" {
  interface Session {
    user: { name: string };
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    /** The app session (UserSession.id) this cookie belongs to; checked on every request. */
    sid?: string;
    /** Kept for RP-initiated logout (id_token_hint) at the identity platform. */
    idToken?: string;
  }
}

export const SSO_PROVIDER_ID = "sso";

/** One structured line for the operator; never tokens or personal data beyond the opaque `sub`. */
function logSignIn(event: string, detail: Record<string, unknown>) {
  console.warn(JSON.stringify({ event, ...detail }));
}

function platformProvider(config: Env): OAuthConfig<UnknownObject> {
  return {
    id: SSO_PROVIDER_ID,
    name: "统一身份认证平台",
    type: "oauth",
    wellKnown: `${config.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: config.OIDC_CLIENT_ID,
    clientSecret: config.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: config.OIDC_SCOPE } },
    checks: ["pkce", "state", "nonce"],
    idToken: true,
    token: {
      async request({ client, params, checks, provider }) {
        const accepted = acceptedIdTokenAlgs(
          config.OIDC_ID_TOKEN_ALGS,
          client.issuer.metadata.id_token_signing_alg_values_supported,
        );
        const tokens = await exchangeCode({ client, params, checks, callbackUrl: provider.callbackUrl }, accepted);
        return { tokens };
      },
    },
    userinfo: { request: ({ client, tokens }) => platformClaims(client, tokens) },
    profile: (claims) => ({ id: String(claims.sub), name: typeof claims.name === "string" ? claims.name : "" }),
  };
}

export function sessionCookie(config: Env) {
  const secure = config.APP_URL.startsWith("https://");
  return { name: `${secure ? "__Secure-" : ""}next-auth.session-token`, secure };
}

/** NextAuth's configuration for `config`, against `db` (tests pass their own of both). */
export function buildAuthOptions(config: Env, db: Db): NextAuthOptions {
  const maxAge = config.SESSION_IDLE_MINUTES * 60;
  return {
    secret: config.NEXTAUTH_SECRET,
    // JWT sessions in an HttpOnly SameSite=Lax cookie; src/proxy.ts slides the expiry on activity,
    // so a session ends after SESSION_IDLE_MINUTES without requests. The cookie only names a
    // UserSession row, which every request checks (ended, or older than SESSION_MAX_HOURS).
    session: { strategy: "jwt", maxAge },
    jwt: { maxAge },
    providers: [platformProvider(config)],
    pages: { signIn: "/login", error: "/login" },
    callbacks: {
      async signIn({ profile }) {
        const read = readIdentityClaims((profile ?? {}) as Record<string, unknown>);
        const sub = typeof profile?.sub === "string" ? profile.sub : undefined;
        if ("problem" in read) {
          logSignIn("sso.sign_in_refused", {
            issuer: config.OIDC_ISSUER,
            sub,
            claim: read.claim,
            problem: read.problem,
          });
          const code = read.problem === "missing" ? "ClaimMissing" : "ClaimInvalid";
          return `/login?error=${code}&claim=${read.claim}`;
        }
        try {
          await syncUserFromClaims(db, read.claims);
          return true;
        } catch (error) {
          logSignIn("sso.sign_in_refused", { issuer: config.OIDC_ISSUER, sub, reason: String(error) });
          return "/login?error=AccountConflict";
        }
      },
      async jwt({ token, account, profile }) {
        if (account && profile?.sub) {
          const sid = (profile as UnknownObject).sid;
          const session = await startSession(db, {
            ssoSubject: profile.sub,
            ssoSessionId: typeof sid === "string" ? sid : null,
          });
          token.sid = session.id;
          token.idToken = account.id_token;
        }
        return token;
      },
      // next-auth's own /api/auth/session answers from the cookie alone; it names the person only
      // while the session is open on the server, like every page and procedure.
      async session({ session, token }) {
        const user = token.sid ? await loadSessionUserBySession(db, token.sid, config.SESSION_MAX_HOURS) : null;
        session.user = { name: user?.name ?? "" };
        return session;
      },
      // Where to go after sign-in or sign-out: only paths of this app, by the same rule as /login.
      redirect({ url, baseUrl }) {
        const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
        return `${baseUrl}${safeCallbackPath(path, "/hall")}`;
      },
    },
  };
}

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  cached ??= buildAuthOptions(env(), getDb());
  return cached;
}
