import type { Context } from "koa";
import type Provider from "oidc-provider";
import type { InteractionResults } from "oidc-provider";

type Interaction = Awaited<ReturnType<Provider["interactionDetails"]>>;

async function redirectWith(ctx: Context, provider: Provider, result: InteractionResults): Promise<void> {
  const returnTo = await provider.interactionResult(ctx.req, ctx.res, result, { mergeWithLastSubmission: false });
  ctx.status = 303;
  ctx.redirect(returnTo);
}

/**
 * The only client is first-party, so consent is implied: the grant covers every scope the
 * request asked for and no consent screen is ever shown.
 */
async function grantRequested(provider: Provider, interaction: Interaction, accountId: string): Promise<string> {
  const clientId = String(interaction.params.client_id);
  const existing = interaction.grantId ? await provider.Grant.find(interaction.grantId) : undefined;
  // A grant belonging to someone else must never be extended to the account now signing in.
  const grant =
    existing && existing.accountId === accountId && existing.clientId === clientId
      ? existing
      : new provider.Grant({ accountId, clientId });
  grant.addOIDCScope(String(interaction.params.scope ?? "openid"));
  const details = interaction.prompt.details as { missingOIDCClaims?: string[] };
  if (details.missingOIDCClaims?.length) grant.addOIDCClaims(details.missingOIDCClaims);
  return grant.save();
}

/** Ends the login prompt (and the implied consent) for `accountId`. */
export async function finishLogin(
  ctx: Context,
  provider: Provider,
  interaction: Interaction,
  accountId: string,
): Promise<void> {
  const grantId = await grantRequested(provider, interaction, accountId);
  await redirectWith(ctx, provider, { login: { accountId }, consent: { grantId } });
}

/** A signed-in user whose grant lacks something (e.g. a new scope) is granted it silently. */
export async function finishConsent(ctx: Context, provider: Provider, interaction: Interaction): Promise<void> {
  const accountId = interaction.session?.accountId;
  if (!accountId) throw new Error("consent prompt without a signed-in account");
  const grantId = await grantRequested(provider, interaction, accountId);
  await redirectWith(ctx, provider, { consent: { grantId } });
}
