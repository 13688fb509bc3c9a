import type Router from "@koa/router";
import { localOnly } from "../http/local-only";
import type { IdpServices } from "../http/services";

/**
 * Lets automated tests read what a human reads off the screen (captcha text) or a phone camera
 * (the QR token). Mounted only when IDP_TEST_HOOKS is on, which production refuses, and answered
 * only to this machine.
 */
export function testHookRoutes(router: Router, s: IdpServices): void {
  router.get("/__test/captcha/:id", localOnly, (ctx) => {
    const text = s.captchas.peek(ctx.params.id ?? "");
    ctx.set("Cache-Control", "no-store");
    if (text === undefined) {
      ctx.status = 404;
      ctx.body = { error: "no live captcha for this id" };
      return;
    }
    ctx.body = { text };
  });

  router.get("/__test/qr/latest", localOnly, (ctx) => {
    const latest = s.qrTokens.latest();
    ctx.set("Cache-Control", "no-store");
    if (!latest) {
      ctx.status = 404;
      ctx.body = { error: "no QR token issued yet" };
      return;
    }
    ctx.body = { ...latest, url: `${s.config.issuer}/qr/${latest.token}`, status: s.qrTokens.status(latest.token) };
  });
}
