import { createHash } from "node:crypto";

/**
 * A script the platform's pages run inline. Each is a constant — whatever a page needs to know
 * comes from data attributes of its markup — so the Content-Security-Policy can allow exactly these
 * scripts by their hashes, and an injected <script> runs nowhere.
 */
export class PageScript {
  /** The CSP source that allows this script: 'sha256-…' of its text. */
  readonly hash: string;

  constructor(readonly source: string) {
    this.hash = `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`;
  }
}

/** Clicking the captcha image swaps in a new one from /captcha/:id. */
export const captchaRefresh = new PageScript(`
document.querySelectorAll('.captcha-img').forEach(function (b) {
  b.addEventListener('click', function () {
    fetch('/captcha/' + encodeURIComponent(b.dataset.captchaId) + '?t=' + Date.now(), { cache: 'no-store', credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (svg) { b.innerHTML = svg; var i = document.getElementById('f-captcha'); if (i) { i.value = ''; i.focus(); } })
      .catch(function () { location.reload(); });
  });
});
`);

/** 扫码登录: while the QR tab is open, asks whether the phone confirmed, then completes the sign-in. */
export const qrLoginPoll = new PageScript(`
(function () {
  var box = document.getElementById('qr'), status = document.getElementById('qr-status');
  var token = box.dataset.qrToken, complete = box.dataset.complete;
  var qrTab = document.getElementById('tab-qr');
  function stop(text) { box.classList.add('expired'); document.getElementById('qr-mask-text').textContent = text; status.textContent = ''; }
  function poll() {
    if (!qrTab.checked) return setTimeout(poll, 1500);
    fetch('/qr/' + encodeURIComponent(token) + '/status', { cache: 'no-store', credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (s.status === 'confirmed') { status.textContent = '已确认，正在登录…'; location.href = complete; return; }
        if (s.status === 'scanned') status.textContent = '已扫码，请在手机上确认登录';
        if (s.status === 'pending' || s.status === 'scanned') return setTimeout(poll, 1500);
        stop(s.status === 'cancelled' ? '已在手机上取消登录' : '二维码已失效');
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  poll();
})();
`);

/** 安全退出: submits the provider's confirmation form at once. */
export const submitLogoutForm = new PageScript(`document.getElementById('op.logoutForm').submit();`);

export const pageScripts: readonly PageScript[] = [captchaRefresh, qrLoginPoll, submitLogoutForm];
