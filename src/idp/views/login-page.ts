import { captchaField, captchaScript, csrfInput, type FieldErrors, field, notice } from "./components";
import { html, inlineJson, raw } from "./html";
import { layout } from "./layout";

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
<div class="qr-box" id="qr" data-qr-token="${m.qr.token}">
${raw(m.qr.svg)}
<div class="qr-mask"><span id="qr-mask-text">二维码已失效</span><a href="/interaction/${uid}?tab=qr">刷新二维码</a></div>
</div>
<p class="qr-status" id="qr-status" aria-live="polite"></p>
<p class="center muted">开发演示：<a href="${m.qr.scanUrl}" target="_blank" rel="noopener">在新窗口打开扫码确认页</a>（模拟手机扫码）</p>
</div>
</div>
</section>`;

  const script = raw(`${captchaScript}
(function () {
  var cfg = ${inlineJson({ token: m.qr.token, complete: `/interaction/${uid}/qr-complete?token=${encodeURIComponent(m.qr.token)}` })};
  var box = document.getElementById('qr'), status = document.getElementById('qr-status');
  var qrTab = document.getElementById('tab-qr');
  function stop(text) { box.classList.add('expired'); document.getElementById('qr-mask-text').textContent = text; status.textContent = ''; }
  function poll() {
    if (!qrTab.checked) return setTimeout(poll, 1500);
    fetch('/qr/' + encodeURIComponent(cfg.token) + '/status', { cache: 'no-store', credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (s.status === 'confirmed') { status.textContent = '已确认，正在登录…'; location.href = cfg.complete; return; }
        if (s.status === 'scanned') status.textContent = '已扫码，请在手机上确认登录';
        if (s.status === 'pending' || s.status === 'scanned') return setTimeout(poll, 1500);
        stop(s.status === 'cancelled' ? '已在手机上取消登录' : '二维码已失效');
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  poll();
})();`);

  return layout({ title: "个人登录", body, script });
}
