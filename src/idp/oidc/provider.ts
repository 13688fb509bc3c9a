import Provider, {
  type AdapterFactory,
  type Configuration,
  interactionPolicy,
  type KoaContextWithOIDC,
} from "oidc-provider";
import type { IdpConfig } from "../config";
import type { AccountStore } from "../store/account-store";
import type { ProviderSecrets } from "../store/secrets";
import { errorPage } from "../views/error-page";
import { loggedOutPage, logoutPage } from "../views/logout-pages";

export const CALLBACK_PATH = "/api/auth/callback/sso";
/** The app's OpenID Connect Back-Channel Logout endpoint. */
export const BACKCHANNEL_LOGOUT_PATH = "/api/auth/backchannel-logout";

export interface ProviderDeps {
  config: IdpConfig & { issuer: string };
  store: AccountStore;
  secrets: ProviderSecrets;
  /** Where sessions, grants, codes and tokens are kept (src/idp/store/oidc-adapter.ts). */
  adapter: AdapterFactory;
}

/**
 * The provider's prompts, with one more reason to ask for a login: the browser's platform session
 * signed in before the account's password was last reset. A reset is how a person takes back an
 * account, so whoever kept a session from before it (a shared computer, a copied cookie) must not
 * go on signing in to the app with it. Sessions carry no account index in the provider's store;
 * comparing the sign-in time with the reset time ends all of them at once.
 */
function policyFor(store: AccountStore) {
  const policy = interactionPolicy.base();
  policy.get("login")?.checks.add(
    new interactionPolicy.Check("password_reset", "the password was reset since this sign-in", async (ctx) => {
      const { accountId, loginTs } = ctx.oidc.session ?? {};
      // No session to judge, or a sign-in that has just proven the password.
      if (!accountId || ctx.oidc.result?.login) return interactionPolicy.Check.NO_NEED_TO_PROMPT;
      const account = await store.findById(accountId);
      if (!account) return interactionPolicy.Check.REQUEST_PROMPT;
      const changedAt = account.passwordChangedAt?.getTime();
      // loginTs is in whole seconds: a sign-in in the same second as the reset counts as before it.
      const stale = changedAt !== undefined && (loginTs ?? 0) * 1000 <= changedAt;
      return stale ? interactionPolicy.Check.REQUEST_PROMPT : interactionPolicy.Check.NO_NEED_TO_PROMPT;
    }),
  );
  return policy;
}

export function providerConfiguration({ config, store, secrets, adapter }: ProviderDeps): Configuration {
  const backchannelLogoutUri = `${config.appUrl}${BACKCHANNEL_LOGOUT_PATH}`;
  return {
    adapter,
    clients: [
      {
        client_id: config.clientId,
        client_secret: config.clientSecret,
        client_name: "职称申报评审及证书管理系统",
        redirect_uris: [`${config.appUrl}${CALLBACK_PATH}`],
        // The app returns to its home page with a "signed out" notice.
        post_logout_redirect_uris: [`${config.appUrl}/`, `${config.appUrl}/?signedOut=1`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        // client_secret_post is accepted for this client too: the provider lets either secret transport through.
        token_endpoint_auth_method: "client_secret_basic",
        // Ended sessions are announced to the app, which ends its own; ID tokens carry `sid` so the
        // app can tell which of its sessions a platform session signed in.
        backchannel_logout_uri: backchannelLogoutUri,
        backchannel_logout_session_required: true,
      },
    ],
    clientAuthMethods: ["client_secret_basic", "client_secret_post"],
    responseTypes: ["code"],
    pkce: { required: () => true },
    scopes: ["openid", "profile", "phone", "idcard"],
    claims: {
      openid: ["sub"],
      profile: ["name"],
      phone: ["phone_number"],
      idcard: ["id_card_number"],
    },
    // The app reads identity from the ID token alone, so scope claims go into it, not only /me.
    conformIdTokenClaims: false,
    async findAccount(_ctx, sub) {
      const account = await store.findById(sub);
      if (!account) return undefined;
      return {
        accountId: account.id,
        claims: () => ({
          sub: account.id,
          name: account.name,
          phone_number: account.mobile,
          id_card_number: account.idCardNumber,
        }),
      };
    },
    jwks: secrets.jwks,
    cookies: { keys: secrets.cookieKeys },
    interactions: { policy: policyFor(store) },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx: KoaContextWithOIDC, form: string) {
          ctx.type = "html";
          ctx.body = logoutPage(form);
        },
        async postLogoutSuccessSource(ctx: KoaContextWithOIDC) {
          ctx.type = "html";
          ctx.body = loggedOutPage(config.appUrl);
        },
      },
      backchannelLogout: { enabled: true },
      // The only client sends plain authorization requests; fewer endpoints, less to secure.
      pushedAuthorizationRequests: { enabled: false },
      resourceIndicators: { enabled: false },
    },
    // oidc-provider refuses outgoing requests to loopback and private addresses (SSRF protection).
    // The app's back-channel logout endpoint is configured here, not supplied by a client, and
    // usually runs beside the platform, so that one URL is reached directly.
    fetch(input, init) {
      if (String(input) !== backchannelLogoutUri || !init) return fetch(input, init);
      const { dispatcher: _ssrfGuard, ...direct } = init as RequestInit & { dispatcher?: unknown };
      return fetch(input, direct);
    },
    // Nothing here is meant for scripts on other origins: the app exchanges codes server-side.
    clientBasedCORS: () => false,
    async renderError(ctx, out) {
      ctx.type = "html";
      ctx.body = errorPage(out, config.appUrl);
    },
    ttl: {
      AccessToken: 60 * 60,
      AuthorizationCode: 60,
      IdToken: 60 * 60,
      Interaction: 60 * 60,
      Session: 8 * 60 * 60,
      Grant: 8 * 60 * 60,
    },
  };
}

export function createProvider(deps: ProviderDeps): Provider {
  const provider = new Provider(deps.config.issuer, providerConfiguration(deps));
  provider.on("server_error", (_ctx: unknown, error: Error) => {
    console.error("[idp] server_error", error);
  });
  provider.on("backchannel.error", (_ctx: unknown, error: Error, client: { clientId: string }) => {
    console.error("[idp] back-channel logout failed", client.clientId, error.message);
  });
  return provider;
}

/**
 * Tells the app that every session of `accountId` has ended (a logout token naming only `sub`),
 * e.g. after a password reset, so a session opened with the old password cannot go on. A failed
 * delivery is logged and does not undo the reset.
 */
export async function backchannelLogoutAccount(provider: Provider, clientId: string, accountId: string) {
  const client = (await provider.Client.find(clientId)) as
    | { backchannelLogout(sub: string, sid?: string): Promise<void> }
    | undefined;
  try {
    await client?.backchannelLogout(accountId);
  } catch (error) {
    console.error("[idp] back-channel logout after password reset failed", clientId, String(error));
  }
}
