import type { Context, Next } from "koa";
import { koaBody } from "koa-body";
import { csrfValid } from "../auth/csrf";
import { messagePage } from "../views/message-page";

const parseForm = koaBody({ urlencoded: true, json: false, text: false, multipart: false, formLimit: "32kb" });

/**
 * Body parsing and the CSRF check for the provider's own forms. Only mounted on our routes:
 * oidc-provider parses its endpoints' bodies itself.
 */
export async function formPost(ctx: Context, next: Next): Promise<void> {
  await parseForm(ctx, async () => {
    if (!csrfValid(ctx, formValue(ctx, "_csrf"))) {
      ctx.status = 403;
      ctx.type = "html";
      ctx.body = messagePage({
        title: "页面已失效",
        kind: "error",
        message: "页面已失效或请求来源不明，请返回上一页刷新后重试。",
      });
      return;
    }
    await next();
  });
}

/** A single text field; repeated or missing fields read as "". */
export function formValue(ctx: Context, name: string): string {
  const body = (ctx.request as { body?: Record<string, unknown> }).body;
  const value = body?.[name];
  return typeof value === "string" ? value : "";
}
