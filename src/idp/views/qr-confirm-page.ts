import { card, csrfInput, type FieldErrors, field, notice } from "./components";
import { html } from "./html";
import { layout } from "./layout";

export interface QrConfirmModel {
  token: string;
  csrf: string;
  login?: string;
  errors?: FieldErrors;
}

// 确认登录 comes first in the markup so that pressing Enter confirms; CSS puts 取消 on the left.
/** What the 吉事办 phone app shows after scanning: the phone user proves who they are, then confirms. */
export function qrConfirmPage(m: QrConfirmModel): string {
  const e = m.errors ?? {};
  const body = card(
    "扫码登录确认",
    html`${notice("info", "您正在电脑上登录统一身份认证平台，请确认是否本人操作")}
<form method="post" action="/qr/${encodeURIComponent(m.token)}" novalidate>
${csrfInput(m.csrf)}
${field({ name: "login", label: "账号", value: m.login, placeholder: "请输入身份证号或手机号", error: e.login, autocomplete: "username", maxlength: 18 })}
${field({ name: "password", label: "密码", type: "password", placeholder: "请输入密码", error: e.password, autocomplete: "current-password", maxlength: 64 })}
<div class="btn-row reverse">
<button type="submit" class="btn" name="action" value="confirm">确认登录</button>
<button type="submit" class="btn secondary" name="action" value="cancel">取消</button>
</div>
</form>`,
  );
  return layout({ title: "扫码登录确认", body });
}
