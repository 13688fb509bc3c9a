import type { Context, Next } from "koa";

/** Applied to every response, the provider's own endpoints included. */
export async function securityHeaders(ctx: Context, next: Next): Promise<void> {
  ctx.set("X-Frame-Options", "DENY");
  ctx.set("X-Content-Type-Options", "nosniff");
  ctx.set("Referrer-Policy", "same-origin");
  await next();
}
