import Router from "@koa/router";
import type { Context, Next } from "koa";
import { isDevelopment } from "../config";
import { captchaRoutes } from "../routes/captcha";
import { devOutboxRoutes } from "../routes/dev-outbox";
import { faviconRoutes } from "../routes/favicon";
import { forgotRoutes } from "../routes/forgot";
import { homeRoutes } from "../routes/home";
import { interactionRoutes } from "../routes/interaction";
import { qrRoutes } from "../routes/qr";
import { registerRoutes } from "../routes/register";
import { testHookRoutes } from "../routes/test-hooks";
import { messagePage } from "../views/message-page";
import { sendHtml } from "./page";
import type { IdpServices } from "./services";

/** Our pages' failures get a Chinese page; the provider renders its own errors (renderError). */
async function pageErrors(ctx: Context, next: Next): Promise<void> {
  try {
    await next();
  } catch (error) {
    console.error("[idp] request failed", ctx.method, ctx.path, error);
    sendHtml(ctx, messagePage({ title: "系统繁忙", kind: "error", message: "系统繁忙，请稍后重试。" }), 500);
  }
}

export function buildRouter(s: IdpServices): Router {
  const router = new Router();
  router.use(pageErrors);
  homeRoutes(router, s);
  faviconRoutes(router);
  interactionRoutes(router, s);
  registerRoutes(router, s);
  forgotRoutes(router, s);
  qrRoutes(router, s);
  captchaRoutes(router, s);
  if (isDevelopment(s.config)) devOutboxRoutes(router, s);
  if (s.config.testHooks) testHookRoutes(router, s);
  return router;
}
