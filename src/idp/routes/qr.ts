import type Router from "@koa/router";
import type { Context } from "koa";
import { authenticate } from "../auth/authenticate";
import { csrfToken } from "../auth/csrf";
import { formPost, formValue } from "../http/forms";
import { sendHtml } from "../http/page";
import type { IdpServices } from "../http/services";
import type { FieldErrors } from "../views/components";
import { messagePage } from "../views/message-page";
import { qrConfirmPage } from "../views/qr-confirm-page";

const TITLE = "扫码登录确认";

function sendOutcome(ctx: Context, kind: "success" | "error" | "info", message: string, status = 200): void {
  sendHtml(ctx, messagePage({ title: TITLE, kind, message }), status);
}

const sendExpired = (ctx: Context) => sendOutcome(ctx, "error", "二维码已失效，请在电脑上刷新二维码后重新扫码", 410);

/** The confirm pages play the 吉事办 phone app; the status endpoint is polled by the login page. */
export function qrRoutes(router: Router, s: IdpServices): void {
  router.get("/qr/:token/status", (ctx) => {
    ctx.set("Cache-Control", "no-store");
    ctx.body = { status: s.qrTokens.status(ctx.params.token ?? "") };
  });

  router.get("/qr/:token", (ctx) => {
    const token = ctx.params.token ?? "";
    if (s.qrTokens.markScanned(token) !== "scanned") return sendExpired(ctx);
    sendHtml(ctx, qrConfirmPage({ token, csrf: csrfToken(ctx) }));
  });

  router.post("/qr/:token", formPost, async (ctx) => {
    const token = ctx.params.token ?? "";
    const status = s.qrTokens.status(token);
    if (status !== "pending" && status !== "scanned") return sendExpired(ctx);

    if (formValue(ctx, "action") === "cancel") {
      s.qrTokens.cancel(token);
      return sendOutcome(ctx, "info", "已取消本次登录");
    }

    const login = formValue(ctx, "login").trim();
    const password = formValue(ctx, "password");
    const errors: FieldErrors = {};
    if (!login) errors.login = "请输入身份证号或手机号";
    if (!password) errors.password = "请输入密码";
    if (!Object.keys(errors).length) {
      const outcome = await authenticate(s.store, login, password);
      if (outcome.ok) {
        if (!s.qrTokens.confirm(token, outcome.account.id)) return sendExpired(ctx);
        return sendOutcome(ctx, "success", "登录确认成功，请在电脑上继续操作");
      }
      errors[outcome.field] = outcome.message;
    }
    sendHtml(ctx, qrConfirmPage({ token, csrf: csrfToken(ctx), login, errors }), 400);
  });
}
