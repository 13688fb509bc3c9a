import type { Context, Next } from "koa";
import { messagePage } from "../views/message-page";
import { clientAddress, isLoopback } from "./client-address";
import { sendHtml } from "./page";

/**
 * For pages that reveal credentials (SMS codes, captcha answers): only a browser or script on this
 * machine may read them, whatever address the platform listens on.
 */
export async function localOnly(ctx: Context, next: Next): Promise<void> {
  if (isLoopback(clientAddress(ctx))) return next();
  sendHtml(
    ctx,
    messagePage({
      title: "无权访问",
      kind: "error",
      message: "本页面仅允许在本机访问：它显示的短信验证码和图形验证码可以用来登录和重置密码。",
    }),
    403,
  );
}
