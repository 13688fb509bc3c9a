import type Router from "@koa/router";
import { maskMobile } from "../auth/outbox";
import { localOnly } from "../http/local-only";
import { sendHtml } from "../http/page";
import type { IdpServices } from "../http/services";
import { outboxPage } from "../views/outbox-page";

/**
 * Only mounted in development and test, and only answered to this machine: the codes it shows
 * reset passwords.
 */
export function devOutboxRoutes(router: Router, s: IdpServices): void {
  router.get("/dev/outbox", localOnly, (ctx) => sendHtml(ctx, outboxPage(s.outbox.recent())));

  router.get("/dev/outbox.json", localOnly, (ctx) => {
    ctx.set("Cache-Control", "no-store");
    ctx.body = s.outbox.recent().map((m) => ({
      id: m.id,
      to: maskMobile(m.mobile),
      text: m.text,
      sentAt: m.sentAt.toISOString(),
    }));
  });
}
