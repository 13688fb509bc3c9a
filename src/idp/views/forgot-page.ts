import { passwordRuleText } from "../../lib/validation/password";
import { captchaField, card, csrfInput, type FieldErrors, field, notice } from "./components";
import { html } from "./html";
import { layout } from "./layout";
import { captchaRefresh } from "./scripts";

const backLink = (uid?: string) =>
  uid ? html`<a href="/interaction/${encodeURIComponent(uid)}">返回登录</a>` : html`<span></span>`;

export interface ForgotAccountModel {
  uid?: string;
  csrf: string;
  login?: string;
  errors?: FieldErrors;
  formError?: string;
  captchaId: string;
  captchaSvg: string;
}

/** Step 1: which account, proven human by the captcha. */
export function forgotAccountPage(m: ForgotAccountModel): string {
  const e = m.errors ?? {};
  const body = card(
    "找回密码",
    html`${notice("info", "第一步：填写账号，验证码将以短信发送至该账号绑定的手机")}
${notice("error", m.formError)}
<form method="post" action="/forgot" novalidate>
${csrfInput(m.csrf)}
<input type="hidden" name="uid" value="${m.uid ?? ""}">
${field({ name: "login", label: "账号", value: m.login, placeholder: "请输入身份证号或手机号", error: e.login, maxlength: 18 })}
${captchaField(m.captchaId, m.captchaSvg, e.captcha)}
<button type="submit" class="btn">获取短信验证码</button>
</form>
<div class="links">${backLink(m.uid)}</div>`,
  );
  return layout({ title: "找回密码", body, scripts: [captchaRefresh] });
}

export interface ForgotResetModel {
  uid?: string;
  csrf: string;
  ticket: string;
  errors?: FieldErrors;
  formError?: string;
}

/** Step 2: the SMS code and the new password. */
export function forgotResetPage(m: ForgotResetModel): string {
  const e = m.errors ?? {};
  const again = `/forgot${m.uid ? `?uid=${encodeURIComponent(m.uid)}` : ""}`;
  const body = card(
    "找回密码",
    html`${notice("info", "如该账号存在，验证码已发送至其绑定的手机，10分钟内有效")}
${notice("error", m.formError)}
<form method="post" action="/forgot/reset" novalidate>
${csrfInput(m.csrf)}
<input type="hidden" name="uid" value="${m.uid ?? ""}">
<input type="hidden" name="ticket" value="${m.ticket}">
${field({ name: "code", label: "短信验证码", placeholder: "请输入6位短信验证码", error: e.code, maxlength: 6, autocomplete: "one-time-code" })}
${field({ name: "password", label: "新密码", type: "password", placeholder: "请设置新密码", error: e.password, hint: passwordRuleText, maxlength: 64, autocomplete: "new-password" })}
${field({ name: "confirm", label: "确认新密码", type: "password", placeholder: "请再次输入新密码", error: e.confirm, maxlength: 64, autocomplete: "new-password" })}
<button type="submit" class="btn">重置密码</button>
</form>
<div class="links"><a href="${again}">没有收到？重新获取验证码</a>${backLink(m.uid)}</div>`,
  );
  return layout({ title: "找回密码", body });
}
