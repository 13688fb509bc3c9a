import type Router from "@koa/router";
import type { Context } from "koa";
import QRCode from "qrcode";
import { authenticate } from "../auth/authenticate";
import { captchaErrors } from "../auth/captcha";
import { csrfToken } from "../auth/csrf";
import { credentialErrors, loginError } from "../auth/form-rules";
import { clientAddress, clientKey } from "../http/client-address";
import { formPost, formValue } from "../http/forms";
import { currentInteraction } from "../http/interaction-lookup";
import { sendHtml } from "../http/page";
import type { IdpServices } from "../http/services";
import { finishConsent, finishLogin } from "../oidc/finish-interaction";
import type { FieldErrors } from "../views/components";
import { type LoginPageModel, loginPage } from "../views/login-page";
import { noticeFor } from "../views/notices";

type PageState = Pick<LoginPageModel, "login" | "errors" | "notice"> & { tab?: LoginPageModel["tab"] };

async function renderLogin(ctx: Context, s: IdpServices, uid: string, state: PageState, status = 200) {
  const qr = s.qrTokens.create(uid, { userAgent: ctx.get("user-agent"), address: clientAddress(ctx) });
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

    const noticeText = noticeFor(typeof ctx.query.notice === "string" ? ctx.query.notice : "");
    // Prefilled after registration or a reset; anything that is not an account is dropped.
    const login = typeof ctx.query.login === "string" && !loginError(ctx.query.login) ? ctx.query.login : undefined;
    await renderLogin(ctx, s, interaction.uid, {
      tab: ctx.query.tab === "qr" ? "qr" : "password",
      login,
      notice: noticeText ? { kind: "success", text: noticeText } : undefined,
    });
  });

  router.post("/interaction/:uid/login", formPost, async (ctx) => {
    const interaction = await currentInteraction(ctx, s, ctx.params.uid ?? "");
    if (!interaction) return;
    const login = formValue(ctx, "login").trim();
    const password = formValue(ctx, "password");
    const errors: FieldErrors = {
      ...credentialErrors(login, password),
      ...captchaErrors(s.captchas, interaction.uid, formValue(ctx, "captcha")),
    };
    const shownLogin = errors.login ? undefined : login;
    if (Object.keys(errors).length) return renderLogin(ctx, s, interaction.uid, { login: shownLogin, errors }, 400);

    const outcome = await authenticate(s, { login, password, client: clientKey(ctx) });
    if (!outcome.ok) {
      const notice = { kind: "error" as const, text: outcome.message };
      return renderLogin(ctx, s, interaction.uid, { login, notice }, 400);
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
