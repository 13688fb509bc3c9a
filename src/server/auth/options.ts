import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { type Env, env } from "@/env";
import { getDb } from "@/server/db";
import { syncUserFromClaims } from "@/server/domain/identity/sync-user-from-claims";

/** ID token claims of the identity platform (统一身份认证平台). */
type PlatformProfile = { sub: string; name: string; id_card_number?: string; phone_number?: string };

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string };
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    /** Kept for RP-initiated logout (id_token_hint) at the identity platform. */
    idToken?: string;
  }
}

export const SSO_PROVIDER_ID = "sso";

function platformProvider(config: Env): OAuthConfig<PlatformProfile> {
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
    profile: (profile) => ({ id: profile.sub, name: profile.name }),
  };
}

export function sessionCookie(config: Env) {
  const secure = config.APP_URL.startsWith("https://");
  return { name: `${secure ? "__Secure-" : ""}next-auth.session-token`, secure };
}

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  if (cached) return cached;
  const config = env();
  const maxAge = config.SESSION_IDLE_MINUTES * 60;
  cached = {
    secret: config.NEXTAUTH_SECRET,
    // JWT sessions in an HttpOnly SameSite=Lax cookie; src/proxy.ts slides the expiry on activity,
    // so a session ends after SESSION_IDLE_MINUTES without requests.
    session: { strategy: "jwt", maxAge },
    jwt: { maxAge },
    providers: [platformProvider(config)],
    pages: { signIn: "/login", error: "/login" },
    callbacks: {
      async signIn({ profile }) {
        const claims = profile as PlatformProfile | undefined;
        if (!claims?.sub || !claims.name) return false;
        try {
          await syncUserFromClaims(getDb(), {
            sub: claims.sub,
            name: claims.name,
            idCardNumber: claims.id_card_number,
            mobile: claims.phone_number,
          });
          return true;
        } catch (error) {
          console.error("Sign-in refused while syncing the user", error);
          return "/login?error=AccountConflict";
        }
      },
      async jwt({ token, account, profile }) {
        if (account && profile?.sub) {
          const user = await getDb().user.findUnique({ where: { ssoSubject: profile.sub }, select: { id: true } });
          token.uid = user?.id;
          token.idToken = account.id_token;
        }
        return token;
      },
      session({ session, token }) {
        session.user = { id: token.uid ?? "", name: token.name ?? "" };
        return session;
      },
    },
  };
  return cached;
}
