import type Router from "@koa/router";
import type { Context } from "koa";
import { authenticate } from "../auth/authenticate";
import { CaptchaStore, captchaErrors } from "../auth/captcha";
import { csrfToken } from "../auth/csrf";
import { credentialErrors } from "../auth/form-rules";
import { clientKey } from "../http/client-address";
import { formPost, formValue } from "../http/forms";
import { sendHtml } from "../http/page";
import type { IdpServices } from "../http/services";
import type { FieldErrors } from "../views/components";
import { messagePage } from "../views/message-page";
import { type QrConfirmModel, qrConfirmPage } from "../views/qr-confirm-page";
import { describeRequester } from "../views/requester";

const TITLE = "扫码登录确认";

function sendOutcome(ctx: Context, kind: "success" | "error" | "info", message: string, status = 200): void {
  sendHtml(ctx, messagePage({ title: TITLE, kind, message }), status);
}

const sendExpired = (ctx: Context) => sendOutcome(ctx, "error", "二维码已失效，请在电脑上刷新二维码后重新扫码", 410);

type State = Pick<QrConfirmModel, "login" | "errors" | "formError">;

/** The confirm form with a fresh captcha; the expired page when the token has gone meanwhile. */
function render(ctx: Context, s: IdpServices, token: string, state: State = {}, status = 200): void {
  const request = s.qrTokens.request(token);
  if (!request) {
    sendExpired(ctx);
    return;
  }
  const captchaId = CaptchaStore.newId();
  sendHtml(
    ctx,
    qrConfirmPage({
      ...state,
      token,
      csrf: csrfToken(ctx),
      requester: describeRequester(request.requester.userAgent, request.requester.address, request.createdAt),
      captchaId,
      captchaSvg: s.captchas.issue(captchaId),
    }),
    status,
  );
}

/** The confirm pages play the 吉事办 phone app; the status endpoint is polled by the login page. */
export function qrRoutes(router: Router, s: IdpServices): void {
  router.get("/qr/:token/status", (ctx) => {
    ctx.set("Cache-Control", "no-store");
    ctx.body = { status: s.qrTokens.status(ctx.params.token ?? "") };
  });

  router.get("/qr/:token", (ctx) => {
    const token = ctx.params.token ?? "";
    if (s.qrTokens.markScanned(token) !== "scanned") return sendExpired(ctx);
    render(ctx, s, token);
  });

  router.post("/qr/:token", formPost, async (ctx) => {
    const token = ctx.params.token ?? "";
    const status = s.qrTokens.status(token);
    if (status !== "pending" && status !== "scanned") return sendExpired(ctx);

    if (formValue(ctx, "action") === "cancel") {
      s.qrTokens.cancel(token);
      return sendOutcome(ctx, "info", "已取消本次登录");
    }

    // The same checks as the login page: a captcha before any password is looked at, then delays.
    const login = formValue(ctx, "login").trim();
    const password = formValue(ctx, "password");
    const errors: FieldErrors = {
      ...credentialErrors(login, password),
      ...captchaErrors(s.captchas, formValue(ctx, "captcha_id"), formValue(ctx, "captcha")),
    };
    const shownLogin = errors.login ? undefined : login;
    if (Object.keys(errors).length) return render(ctx, s, token, { login: shownLogin, errors }, 400);

    const outcome = await authenticate(s, { login, password, client: clientKey(ctx) });
    if (!outcome.ok) return render(ctx, s, token, { login, formError: outcome.message }, 400);
    if (!s.qrTokens.confirm(token, outcome.account.id)) return sendExpired(ctx);
    sendOutcome(ctx, "success", "登录确认成功，请在电脑上继续操作");
  });
}
