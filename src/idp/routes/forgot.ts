import type Router from "@koa/router";
import type { Context } from "koa";
import { CaptchaStore, captchaErrors } from "../auth/captcha";
import { csrfToken } from "../auth/csrf";
import { loginError, newPasswordErrors, withTextErrors } from "../auth/form-rules";
import { RESET_CODE_MAX_ATTEMPTS } from "../auth/reset-codes";
import { formPost, formValue } from "../http/forms";
import { interactionPath, liveUid } from "../http/interaction-lookup";
import { sendHtml } from "../http/page";
import type { IdpServices } from "../http/services";
import { backchannelLogoutAccount } from "../oidc/provider";
import type { FieldErrors } from "../views/components";
import { forgotAccountPage, forgotResetPage } from "../views/forgot-page";
import { messagePage } from "../views/message-page";

const query = (ctx: Context, name: string) => (typeof ctx.query[name] === "string" ? (ctx.query[name] as string) : "");

function renderAccountStep(
  ctx: Context,
  s: IdpServices,
  state: { uid?: string; login?: string; errors?: FieldErrors },
  status = 200,
): void {
  const captchaId = CaptchaStore.newId();
  sendHtml(
    ctx,
    forgotAccountPage({ ...state, csrf: csrfToken(ctx), captchaId, captchaSvg: s.captchas.issue(captchaId) }),
    status,
  );
}

function sendCodeGone(ctx: Context, uid: string | undefined, message: string): void {
  sendHtml(
    ctx,
    messagePage({
      title: "找回密码",
      kind: "error",
      message,
      link: { href: `/forgot${uid ? `?uid=${encodeURIComponent(uid)}` : ""}`, text: "重新获取验证码" },
    }),
    400,
  );
}

/** The code step shows nothing of the account, not even its masked mobile: it may not exist. */
function renderResetStep(
  ctx: Context,
  s: IdpServices,
  state: { uid?: string; ticket: string; errors?: FieldErrors },
  status = 200,
): void {
  if (s.resetCodes.exists(state.ticket)) sendHtml(ctx, forgotResetPage({ ...state, csrf: csrfToken(ctx) }), status);
  else sendCodeGone(ctx, state.uid, "验证码已失效，请重新获取");
}

export function forgotRoutes(router: Router, s: IdpServices): void {
  router.get("/forgot", async (ctx) => {
    renderAccountStep(ctx, s, { uid: await liveUid(s, query(ctx, "uid")) });
  });

  router.post("/forgot", formPost, async (ctx) => {
    const uid = await liveUid(s, formValue(ctx, "uid"));
    const login = formValue(ctx, "login").trim();
    const problem = loginError(login);
    const errors: FieldErrors = {
      ...(problem ? { login: problem } : {}),
      ...captchaErrors(s.captchas, formValue(ctx, "captcha_id"), formValue(ctx, "captcha")),
    };
    const shownLogin = problem ? undefined : login;
    if (Object.keys(errors).length) return renderAccountStep(ctx, s, { uid, login: shownLogin, errors }, 400);

    // Known or not, the next step looks the same (「如该账号存在，验证码已发送」); only a real account gets an SMS.
    const account = await s.store.findByLogin(login);
    const { ticket, code } = s.resetCodes.issue(account?.id);
    if (account) {
      s.outbox.send(
        account.mobile,
        `【统一身份认证平台】您正在找回登录密码，验证码为${code}，10分钟内有效。如非本人操作，请忽略本短信。`,
      );
    }
    const next = new URLSearchParams({ ticket, ...(uid ? { uid } : {}) });
    ctx.status = 303;
    ctx.redirect(`/forgot/reset?${next}`);
  });

  router.get("/forgot/reset", async (ctx) => {
    renderResetStep(ctx, s, { uid: await liveUid(s, query(ctx, "uid")), ticket: query(ctx, "ticket") });
  });

  router.post("/forgot/reset", formPost, async (ctx) => {
    const uid = await liveUid(s, formValue(ctx, "uid"));
    const ticket = formValue(ctx, "ticket");
    const code = formValue(ctx, "code").trim();
    const password = formValue(ctx, "password");
    const confirm = formValue(ctx, "confirm");

    // Password mistakes are reported first and cost no code attempt.
    const rules = newPasswordErrors(password, confirm);
    if (!code) rules.code = "请输入短信验证码";
    else if (!/^\d{6}$/.test(code)) rules.code = "短信验证码为6位数字";
    const errors = withTextErrors({ code, password, confirm }, rules);
    if (Object.keys(errors).length) return renderResetStep(ctx, s, { uid, ticket, errors }, 400);

    const check = s.resetCodes.check(ticket, code);
    switch (check.status) {
      case "missing":
        return sendCodeGone(ctx, uid, "验证码已失效，请重新获取");
      case "expired":
        return sendCodeGone(ctx, uid, "验证码已过期，请重新获取");
      case "exhausted":
        return sendCodeGone(ctx, uid, `验证码错误次数已达${RESET_CODE_MAX_ATTEMPTS}次，请重新获取`);
      case "wrong":
        return renderResetStep(
          ctx,
          s,
          { uid, ticket, errors: { code: `验证码错误，还可尝试${check.attemptsLeft}次` } },
          400,
        );
    }

    await s.store.setPassword(check.accountId, password);
    await backchannelLogoutAccount(s.provider, s.config.clientId, check.accountId);
    const account = await s.store.findById(check.accountId);
    // Whoever holds the mobile is the owner: wrong guesses by others no longer delay them.
    if (account) await s.throttle.forgetLogins([account.idCardNumber, account.mobile]);
    if (uid) {
      const next = new URLSearchParams({ notice: "reset", login: account?.idCardNumber ?? "" });
      ctx.status = 303;
      return ctx.redirect(`${interactionPath(uid)}?${next}`);
    }
    sendHtml(
      ctx,
      messagePage({
        title: "密码已重置",
        kind: "success",
        message: "密码已重置，请返回应用使用新密码登录。",
        link: { href: s.config.appUrl, text: "前往网上办事大厅" },
      }),
    );
  });
}
