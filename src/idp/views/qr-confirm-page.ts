import { captchaField, card, csrfInput, type FieldErrors, field, notice } from "./components";
import { html } from "./html";
import { layout } from "./layout";
import type { RequesterView } from "./requester";
import { captchaRefresh } from "./scripts";

export interface QrConfirmModel {
  token: string;
  csrf: string;
  requester: RequesterView;
  captchaId: string;
  captchaSvg: string;
  login?: string;
  errors?: FieldErrors;
  formError?: string;
}

// 确认登录 comes first in the markup so that pressing Enter confirms; CSS puts 取消 on the left.
/**
 * What the 吉事办 phone app shows after scanning: which browser asks to be signed in, when and from
 * where — so a QR passed on by someone else is recognised — then the phone user proves who they are.
 */
export function qrConfirmPage(m: QrConfirmModel): string {
  const e = m.errors ?? {};
  const body = card(
    "扫码登录确认",
    html`${notice("info", "以下浏览器正在请求登录统一身份认证平台，请确认是否本人操作")}
<dl class="requester">
<dt>浏览器</dt><dd translate="no">${m.requester.browser}</dd>
<dt>时间</dt><dd>${m.requester.time}</dd>
<dt>地点</dt><dd>${m.requester.place}</dd>
</dl>
<p class="muted">如非本人操作，请点击「取消」，不要输入密码。</p>
${notice("error", m.formError)}
<form method="post" action="/qr/${encodeURIComponent(m.token)}" novalidate>
${csrfInput(m.csrf)}
${field({ name: "login", label: "账号", value: m.login, placeholder: "请输入身份证号或手机号", error: e.login, autocomplete: "username", maxlength: 18 })}
${field({ name: "password", label: "密码", type: "password", placeholder: "请输入密码", error: e.password, autocomplete: "current-password", maxlength: 64 })}
${captchaField(m.captchaId, m.captchaSvg, e.captcha)}
<div class="btn-row reverse">
<button type="submit" class="btn" name="action" value="confirm">确认登录</button>
<button type="submit" class="btn secondary" name="action" value="cancel">取消</button>
</div>
</form>`,
  );
  return layout({ title: "扫码登录确认", body, scripts: [captchaRefresh] });
}
