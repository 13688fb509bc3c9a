import type Router from "@koa/router";
import type { IdpServices } from "../http/services";

/** Click-to-refresh for the captcha image; replaces the captcha stored under the same id. */
export function captchaRoutes(router: Router, s: IdpServices): void {
  router.get("/captcha/:id", (ctx) => {
    const id = ctx.params.id ?? "";
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) {
      ctx.status = 404;
      return;
    }
    ctx.set("Cache-Control", "no-store");
    ctx.type = "image/svg+xml";
    ctx.body = s.captchas.issue(id);
  });
}
