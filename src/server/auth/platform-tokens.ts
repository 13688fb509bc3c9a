import "server-only";
import { decodeProtectedHeader } from "jose";
import {
  type BaseClient,
  type CallbackParamsType,
  custom,
  type OpenIDCallbackChecks,
  TokenSet,
  type TokenSetParameters,
  type UnknownObject,
} from "openid-client";

type ValidateIdToken = (tokenSet: TokenSet | string, ...rest: unknown[]) => Promise<TokenSet | string>;

/**
 * A copy of next-auth's openid-client `client` that accepts an ID token signed with any of
 * `accepted`. openid-client checks an ID token against exactly one algorithm, the client's
 * `id_token_signed_response_alg` (RS256 unless set), while platforms differ: the built-in one
 * signs with RS256, another may sign only with ES256. This client takes the algorithm from the
 * token's own header — only if it is accepted — and openid-client then verifies the signature
 * (key from the platform's JWKS), iss, aud, exp, iat, nonce and at_hash exactly as it always does.
 * (openid-client only defines the metadata properties a subclass does not already provide, so the
 * accessor below is the one it reads.)
 */
function clientAccepting(base: BaseClient, accepted: readonly string[]): BaseClient {
  let expected = accepted[0];
  const Base = base.issuer.Client as unknown as new (metadata: BaseClient["metadata"]) => BaseClient;
  class AcceptingClient extends Base {
    get id_token_signed_response_alg() {
      return expected;
    }
    async validateIdToken(tokenSet: TokenSet | string, ...rest: unknown[]) {
      const jwt = typeof tokenSet === "string" ? tokenSet : (tokenSet.id_token ?? "");
      const { alg } = decodeProtectedHeader(jwt);
      if (!alg || !accepted.includes(alg)) {
        throw new Error(`ID token signed with ${alg ?? "no algorithm"}; accepted: ${accepted.join(", ")}`);
      }
      expected = alg;
      const validate = (Base.prototype as unknown as { validateIdToken: ValidateIdToken }).validateIdToken;
      return validate.call(this, tokenSet, ...rest);
    }
  }
  const client = new AcceptingClient(base.metadata);
  client[custom.clock_tolerance] = base[custom.clock_tolerance];
  return client;
}

/** The code exchange of the sign-in callback, with the ID token accepted as described above. */
export async function exchangeCode(
  context: { client: BaseClient; params: CallbackParamsType; checks: OpenIDCallbackChecks; callbackUrl: string },
  accepted: readonly string[],
): Promise<TokenSet> {
  return clientAccepting(context.client, accepted).callback(context.callbackUrl, context.params, context.checks);
}

/** Claims the app needs; when the ID token lacks one, the platform's userinfo endpoint is asked. */
const WANTED = ["name", "id_card_number", "phone_number"] as const;

/**
 * The person's claims: the ID token's, completed from the userinfo endpoint when it lacks any of
 * the claims the app needs (platforms that follow OpenID Connect's default release scope claims
 * only there). Values from the signed ID token win; openid-client refuses a userinfo answer about
 * another `sub`.
 */
export async function platformClaims(client: BaseClient, received: TokenSetParameters): Promise<UnknownObject> {
  const tokens = new TokenSet(received);
  const fromIdToken: UnknownObject = tokens.claims();
  const complete = WANTED.every((claim) => fromIdToken[claim] !== undefined && fromIdToken[claim] !== null);
  if (complete || !client.issuer.metadata.userinfo_endpoint || !tokens.access_token) return fromIdToken;
  const fromUserinfo = await client.userinfo(tokens);
  const signed = Object.fromEntries(Object.entries(fromIdToken).filter(([, v]) => v !== undefined && v !== null));
  return { ...fromUserinfo, ...signed };
}
