import type { Context } from "koa";
import type Provider from "oidc-provider";
import { errors } from "oidc-provider";
import { sendSessionExpired } from "./page";
import type { IdpServices } from "./services";

type Interaction = Awaited<ReturnType<Provider["interactionDetails"]>>;

/**
 * The interaction this browser is in, read from its cookie, and only if it is the one in the URL;
 * otherwise the "session expired" page has been sent and undefined is returned.
 */
export async function currentInteraction(ctx: Context, s: IdpServices, uid: string): Promise<Interaction | undefined> {
  try {
    const interaction = await s.provider.interactionDetails(ctx.req, ctx.res);
    if (interaction.uid === uid) return interaction;
  } catch (error) {
    if (!(error instanceof errors.SessionNotFound)) throw error;
  }
  sendSessionExpired(ctx, s.config.appUrl);
  return undefined;
}

/**
 * A uid carried by the register and recovery pages, kept only if it names a live interaction.
 * Redirects built from it then always lead to one of our own interaction pages.
 */
export async function liveUid(s: IdpServices, raw: string | undefined): Promise<string | undefined> {
  if (!raw || !/^[A-Za-z0-9_-]{1,64}$/.test(raw)) return undefined;
  return (await s.provider.Interaction.find(raw)) ? raw : undefined;
}

export const interactionPath = (uid: string) => `/interaction/${encodeURIComponent(uid)}`;
