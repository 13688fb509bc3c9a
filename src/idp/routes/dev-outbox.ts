import type Router from "@koa/router";
import { maskMobile } from "../auth/outbox";
import { sendHtml } from "../http/page";
import type { IdpServices } from "../http/services";
import { outboxPage } from "../views/outbox-page";

/** Only mounted outside production: the codes it shows are credentials. */
export function devOutboxRoutes(router: Router, s: IdpServices): void {
  router.get("/dev/outbox", (ctx) => sendHtml(ctx, outboxPage(s.outbox.recent())));

  router.get("/dev/outbox.json", (ctx) => {
    ctx.set("Cache-Control", "no-store");
    ctx.body = s.outbox.recent().map((m) => ({
      id: m.id,
      to: maskMobile(m.mobile),
      text: m.text,
      sentAt: m.sentAt.toISOString(),
    }));
  });
}
