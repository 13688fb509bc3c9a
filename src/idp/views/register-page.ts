import { passwordRuleText } from "../../lib/validation/password";
import { captchaField, card, csrfInput, type FieldErrors, field, notice } from "./components";
import { html } from "./html";
import { layout } from "./layout";
import { captchaRefresh } from "./scripts";

export interface RegisterPageModel {
  uid?: string;
  csrf: string;
  values?: { name?: string; idCardNumber?: string; mobile?: string };
  errors?: FieldErrors;
  formError?: string;
  captchaId: string;
  captchaSvg: string;
}

export function registerPage(m: RegisterPageModel): string {
  const v = m.values ?? {};
  const e = m.errors ?? {};
  const back = m.uid ? `/interaction/${encodeURIComponent(m.uid)}` : undefined;
  const body = card(
    "个人用户注册",
    html`${notice("error", m.formError)}
<form method="post" action="/register" novalidate>
${csrfInput(m.csrf)}
<input type="hidden" name="uid" value="${m.uid ?? ""}">
${field({ name: "name", label: "姓名", value: v.name, placeholder: "请输入真实姓名", error: e.name, maxlength: 50, autocomplete: "name" })}
${field({ name: "idCardNumber", label: "身份证号", value: v.idCardNumber, placeholder: "请输入18位居民身份证号", error: e.idCardNumber, maxlength: 18 })}
${field({ name: "mobile", label: "手机号", type: "tel", value: v.mobile, placeholder: "请输入11位手机号码", error: e.mobile, maxlength: 11, autocomplete: "tel" })}
${field({ name: "password", label: "密码", type: "password", placeholder: "请设置登录密码", error: e.password, hint: passwordRuleText, maxlength: 64, autocomplete: "new-password" })}
${field({ name: "confirm", label: "确认密码", type: "password", placeholder: "请再次输入密码", error: e.confirm, maxlength: 64, autocomplete: "new-password" })}
${captchaField(m.captchaId, m.captchaSvg, e.captcha)}
<button type="submit" class="btn">注册</button>
</form>
<div class="links">${back ? html`<a href="${back}">已有账号？返回登录</a>` : html`<span></span>`}</div>`,
  );
  return layout({ title: "个人用户注册", body, scripts: [captchaRefresh] });
}
