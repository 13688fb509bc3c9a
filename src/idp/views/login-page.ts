import { captchaField, csrfInput, type FieldErrors, field, notice } from "./components";
import { html, raw } from "./html";
import { layout } from "./layout";
import { captchaRefresh, qrLoginPoll } from "./scripts";

export interface LoginPageModel {
  uid: string;
  csrf: string;
  login?: string;
  errors?: FieldErrors;
  notice?: { kind: "success" | "error" | "info"; text: string };
  captchaSvg: string;
  qr: { token: string; svg: string; scanUrl: string };
  tab: "password" | "qr";
}

export function loginPage(m: LoginPageModel): string {
  const uid = encodeURIComponent(m.uid);
  const errors = m.errors ?? {};
  const body = html`<section class="card">
<div class="card-head">个人登录</div>
<input type="radio" class="tab-input" name="tab" id="tab-password"${m.tab === "password" ? raw(" checked") : ""}>
<input type="radio" class="tab-input" name="tab" id="tab-qr"${m.tab === "qr" ? raw(" checked") : ""}>
<div class="tabs"><label for="tab-password">密码登录</label><label for="tab-qr">扫码登录</label></div>
<div class="panels card-body">
${m.notice ? notice(m.notice.kind, m.notice.text) : ""}
<div class="panel panel-password">
<form method="post" action="/interaction/${uid}/login" novalidate>
${csrfInput(m.csrf)}
${field({ name: "login", label: "账号", value: m.login, placeholder: "请输入身份证号或手机号", error: errors.login, autocomplete: "username", maxlength: 18 })}
${field({ name: "password", label: "密码", type: "password", placeholder: "请输入密码", error: errors.password, autocomplete: "current-password", maxlength: 64 })}
${captchaField(m.uid, m.captchaSvg, errors.captcha)}
<button type="submit" class="btn">登录</button>
</form>
<div class="links"><a href="/register?uid=${uid}">没有账号？立即注册</a><a href="/forgot?uid=${uid}">忘记密码</a></div>
</div>
<div class="panel panel-qr">
<p class="qr-tip">请使用「吉事办」App 扫描二维码登录</p>
<div class="qr-box" id="qr" data-qr-token="${m.qr.token}" data-complete="/interaction/${uid}/qr-complete?token=${encodeURIComponent(m.qr.token)}">
${raw(m.qr.svg)}
<div class="qr-mask"><span id="qr-mask-text">二维码已失效</span><a href="/interaction/${uid}?tab=qr">刷新二维码</a></div>
</div>
<p class="qr-status" id="qr-status" aria-live="polite"></p>
<p class="center muted">开发演示：<a href="${m.qr.scanUrl}" target="_blank" rel="noopener">在新窗口打开扫码确认页</a>（模拟手机扫码）</p>
</div>
</div>
</section>`;

  return layout({ title: "个人登录", body, scripts: [captchaRefresh, qrLoginPoll] });
}
