import type Router from "@koa/router";
import type { Context } from "koa";
import { CaptchaStore, captchaErrors } from "../auth/captcha";
import { csrfToken } from "../auth/csrf";
import { registrationErrors } from "../auth/form-rules";
import { formPost, formValue } from "../http/forms";
import { interactionPath, liveUid } from "../http/interaction-lookup";
import { sendHtml } from "../http/page";
import type { IdpServices } from "../http/services";
import { type Account, DuplicateAccountError, type NewAccount } from "../store/account-store";
import { messagePage } from "../views/message-page";
import { NOTICES } from "../views/notices";
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

/**
 * Creates the account, or — when the 身份证号 or mobile already belongs to one — leaves everything
 * as it is and tells that account's owner by SMS. The page answers the same either way, so the form
 * cannot be used to find out who is registered.
 */
async function registerOrTellOwner(s: IdpServices, input: NewAccount): Promise<void> {
  try {
    await s.store.createAccount(input);
    return;
  } catch (error) {
    if (!(error instanceof DuplicateAccountError)) throw error;
  }
  const byCard = await s.store.findByLogin(input.idCardNumber);
  const byMobile = await s.store.findByLogin(input.mobile);
  const owners = new Map<string, { account: Account; taken: string[] }>();
  for (const [account, what] of [
    [byCard, "身份证号"],
    [byMobile, "手机号"],
  ] as const) {
    if (!account) continue;
    const entry = owners.get(account.id) ?? { account, taken: [] };
    entry.taken.push(what);
    owners.set(account.id, entry);
  }
  for (const { account, taken } of owners.values()) {
    s.outbox.send(
      account.mobile,
      `【统一身份认证平台】有人使用您的${taken.join("和")}申请注册账号，未予受理：您已有账号，可直接登录；如忘记密码，请使用「忘记密码」找回。如非本人操作，请忽略本短信。`,
    );
  }
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

    const errors = {
      ...registrationErrors(input),
      ...captchaErrors(s.captchas, formValue(ctx, "captcha_id"), formValue(ctx, "captcha")),
    };
    if (Object.keys(errors).length) return render(ctx, s, { uid, values, errors }, 400);

    await registerOrTellOwner(s, input);

    if (uid) {
      const query = new URLSearchParams({ notice: "registered", login: input.idCardNumber });
      ctx.status = 303;
      return ctx.redirect(`${interactionPath(uid)}?${query}`);
    }
    sendHtml(
      ctx,
      messagePage({
        title: "注册信息已提交",
        kind: "success",
        message: NOTICES.registered,
        link: { href: s.config.appUrl, text: "前往网上办事大厅" },
      }),
    );
  });
}
