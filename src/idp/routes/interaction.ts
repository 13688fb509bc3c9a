import type Router from "@koa/router";
import type { Context } from "koa";
import QRCode from "qrcode";
import { authenticate } from "../auth/authenticate";
import { captchaMessages } from "../auth/captcha";
import { csrfToken } from "../auth/csrf";
import { formPost, formValue } from "../http/forms";
import { currentInteraction } from "../http/interaction-lookup";
import { sendHtml } from "../http/page";
import type { IdpServices } from "../http/services";
import { finishConsent, finishLogin } from "../oidc/finish-interaction";
import type { FieldErrors } from "../views/components";
import { type LoginPageModel, loginPage } from "../views/login-page";

const NOTICES: Record<string, string> = {
  registered: "注册成功，请使用新账号登录",
  reset: "密码已重置，请使用新密码登录",
};

type PageState = Pick<LoginPageModel, "login" | "errors" | "notice"> & { tab?: LoginPageModel["tab"] };

async function renderLogin(ctx: Context, s: IdpServices, uid: string, state: PageState, status = 200) {
  const qr = s.qrTokens.create(uid);
  const scanUrl = `${s.config.issuer}/qr/${qr.token}`;
  const qrSvg = await QRCode.toString(scanUrl, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  sendHtml(
    ctx,
    loginPage({
      uid,
      csrf: csrfToken(ctx),
      captchaSvg: s.captchas.issue(uid),
      qr: { token: qr.token, svg: qrSvg, scanUrl },
      tab: state.tab ?? "password",
      login: state.login,
      errors: state.errors,
      notice: state.notice,
    }),
    status,
  );
}

export function interactionRoutes(router: Router, s: IdpServices): void {
  router.get("/interaction/:uid", async (ctx) => {
    const interaction = await currentInteraction(ctx, s, ctx.params.uid ?? "");
    if (!interaction) return;
    if (interaction.prompt.name === "consent") return finishConsent(ctx, s.provider, interaction);

    const noticeKey = typeof ctx.query.notice === "string" ? ctx.query.notice : "";
    const login = typeof ctx.query.login === "string" ? ctx.query.login.slice(0, 18) : undefined;
    await renderLogin(ctx, s, interaction.uid, {
      tab: ctx.query.tab === "qr" ? "qr" : "password",
      login,
      notice: NOTICES[noticeKey] ? { kind: "success", text: NOTICES[noticeKey] } : undefined,
    });
  });

  router.post("/interaction/:uid/login", formPost, async (ctx) => {
    const interaction = await currentInteraction(ctx, s, ctx.params.uid ?? "");
    if (!interaction) return;
    const login = formValue(ctx, "login").trim();
    const password = formValue(ctx, "password");
    const captcha = formValue(ctx, "captcha").trim();

    const errors: FieldErrors = {};
    if (!login) errors.login = "请输入身份证号或手机号";
    if (!password) errors.password = "请输入密码";
    // Consumed on every attempt, so one solved captcha cannot be replayed against many passwords.
    const captchaCheck = s.captchas.consume(interaction.uid, captcha);
    if (!captcha) errors.captcha = captchaMessages.missing;
    else if (captchaCheck !== "ok") errors.captcha = captchaMessages[captchaCheck];
    if (Object.keys(errors).length) return renderLogin(ctx, s, interaction.uid, { login, errors }, 400);

    const outcome = await authenticate(s.store, login, password);
    if (!outcome.ok) {
      return renderLogin(ctx, s, interaction.uid, { login, errors: { [outcome.field]: outcome.message } }, 400);
    }
    await finishLogin(ctx, s.provider, interaction, outcome.account.id);
  });

  router.get("/interaction/:uid/qr-complete", async (ctx) => {
    const interaction = await currentInteraction(ctx, s, ctx.params.uid ?? "");
    if (!interaction) return;
    const token = typeof ctx.query.token === "string" ? ctx.query.token : "";
    const accountId = token ? s.qrTokens.redeem(token, interaction.uid) : undefined;
    const account = accountId ? await s.store.findById(accountId) : null;
    if (!account) {
      return renderLogin(
        ctx,
        s,
        interaction.uid,
        { tab: "qr", notice: { kind: "error", text: "二维码已失效或未确认，请重新扫码" } },
        400,
      );
    }
    await finishLogin(ctx, s.provider, interaction, account.id);
  });
}
