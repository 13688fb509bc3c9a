import type { Context } from "koa";
import { messagePage } from "../views/message-page";

/** Our pages carry one-time captchas, QR tokens and CSRF tokens: never cached. */
export function sendHtml(ctx: Context, body: string, status = 200): void {
  ctx.set("Cache-Control", "no-store");
  ctx.status = status;
  ctx.type = "html";
  ctx.body = body;
}

/** The browser lost the pending sign-in (expired, other browser, cookies cleared). */
export function sendSessionExpired(ctx: Context, appUrl: string): void {
  sendHtml(
    ctx,
    messagePage({
      title: "登录会话已失效",
      kind: "error",
      message: "登录请求已过期或已完成，请返回应用重新发起登录。",
      link: { href: appUrl, text: "返回网上办事大厅" },
    }),
    400,
  );
}
