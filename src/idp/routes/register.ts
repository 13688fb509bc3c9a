import type Router from "@koa/router";
import type { Context } from "koa";
import { CaptchaStore, captchaMessages } from "../auth/captcha";
import { csrfToken } from "../auth/csrf";
import { registrationErrors } from "../auth/form-rules";
import { formPost, formValue } from "../http/forms";
import { interactionPath, liveUid } from "../http/interaction-lookup";
import { sendHtml } from "../http/page";
import type { IdpServices } from "../http/services";
import { DuplicateAccountError } from "../store/account-store";
import { messagePage } from "../views/message-page";
import { type RegisterPageModel, registerPage } from "../views/register-page";

type State = Pick<RegisterPageModel, "uid" | "values" | "errors" | "formError">;

function render(ctx: Context, s: IdpServices, state: State, status = 200): void {
  const captchaId = CaptchaStore.newId();
  sendHtml(
    ctx,
    registerPage({ ...state, csrf: csrfToken(ctx), captchaId, captchaSvg: s.captchas.issue(captchaId) }),
    status,
  );
}

export function registerRoutes(router: Router, s: IdpServices): void {
  router.get("/register", async (ctx) => {
    const uid = await liveUid(s, typeof ctx.query.uid === "string" ? ctx.query.uid : undefined);
    render(ctx, s, { uid });
  });

  router.post("/register", formPost, async (ctx) => {
    const uid = await liveUid(s, formValue(ctx, "uid"));
    const input = {
      name: formValue(ctx, "name").trim(),
      idCardNumber: formValue(ctx, "idCardNumber").trim().toUpperCase(),
      mobile: formValue(ctx, "mobile").trim(),
      password: formValue(ctx, "password"),
      confirm: formValue(ctx, "confirm"),
    };
    const values = { name: input.name, idCardNumber: input.idCardNumber, mobile: input.mobile };

    const errors = registrationErrors(input);
    const captcha = formValue(ctx, "captcha").trim();
    const captchaCheck = s.captchas.consume(formValue(ctx, "captcha_id"), captcha);
    if (!captcha) errors.captcha = captchaMessages.missing;
    else if (captchaCheck !== "ok") errors.captcha = captchaMessages[captchaCheck];
    if (Object.keys(errors).length) return render(ctx, s, { uid, values, errors }, 400);

    try {
      await s.store.createAccount(input);
    } catch (error) {
      if (!(error instanceof DuplicateAccountError)) throw error;
      return render(ctx, s, { uid, values, errors: { [error.field]: error.message } }, 400);
    }

    if (uid) {
      const query = new URLSearchParams({ notice: "registered", login: input.idCardNumber });
      ctx.status = 303;
      return ctx.redirect(`${interactionPath(uid)}?${query}`);
    }
    sendHtml(
      ctx,
      messagePage({
        title: "注册成功",
        kind: "success",
        message: "注册成功！请返回应用，点击「个人账号登录入口」使用身份证号或手机号登录。",
        link: { href: s.config.appUrl, text: "前往网上办事大厅" },
      }),
    );
  });
}
