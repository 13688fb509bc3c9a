import type { Context, Next } from "koa";
import { koaBody } from "koa-body";
import { csrfValid } from "../auth/csrf";
import { messagePage } from "../views/message-page";
import { sendHtml } from "./page";

// Our largest form (registration) is well under 2 KB; 32 KB leaves room for any honest input.
const parseForm = koaBody({ urlencoded: true, json: false, text: false, multipart: false, formLimit: "32kb" });

/** A body the parser refused (too large, unknown charset, cut off): the client's fault, said plainly. */
function sendUnreadableBody(ctx: Context, error: unknown): void {
  const status = (error as { status?: unknown }).status;
  if (typeof status !== "number" || status < 400 || status >= 500) throw error;
  const tooLarge = status === 413;
  sendHtml(
    ctx,
    messagePage({
      title: tooLarge ? "提交的内容过长" : "无法识别提交的内容",
      kind: "error",
      message: tooLarge
        ? "提交的内容过长，请检查各项输入后重新提交。"
        : "无法识别提交的内容，请返回上一页刷新后重新填写。",
    }),
    tooLarge ? 413 : 400,
  );
}

/**
 * Body parsing and the CSRF check for the provider's own forms. Only mounted on our routes:
 * oidc-provider parses its endpoints' bodies itself.
 */
export async function formPost(ctx: Context, next: Next): Promise<void> {
  try {
    await parseForm(ctx, async () => {});
  } catch (error) {
    return sendUnreadableBody(ctx, error);
  }
  if (!csrfValid(ctx, formValue(ctx, "_csrf"))) {
    sendHtml(
      ctx,
      messagePage({
        title: "页面已失效",
        kind: "error",
        message: "页面已失效或请求来源不明，请返回上一页刷新后重试。",
      }),
      403,
    );
    return;
  }
  await next();
}

/** A single text field; repeated or missing fields read as "". */
export function formValue(ctx: Context, name: string): string {
  const body = (ctx.request as { body?: Record<string, unknown> }).body;
  const value = body?.[name];
  return typeof value === "string" ? value : "";
}
