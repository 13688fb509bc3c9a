import { html, raw, type SafeHtml } from "./html";

export type FieldErrors = Partial<Record<string, string>>;

export interface FieldOptions {
  name: string;
  label: string;
  type?: "text" | "password" | "tel";
  value?: string;
  placeholder?: string;
  error?: string;
  hint?: string;
  autocomplete?: string;
  maxlength?: number;
  required?: boolean;
}

export function field(o: FieldOptions): SafeHtml {
  const id = `f-${o.name}`;
  return html`<div class="field${o.error ? " invalid" : ""}">
<label for="${id}">${o.required === false ? "" : html`<span class="req">*</span>`}${o.label}</label>
<input id="${id}" name="${o.name}" type="${o.type ?? "text"}" value="${o.value ?? ""}" placeholder="${o.placeholder ?? ""}"
 autocomplete="${o.autocomplete ?? "off"}"${o.maxlength ? raw(` maxlength="${o.maxlength}"`) : ""}${
   o.error ? raw(` aria-invalid="true" aria-describedby="${id}-error"`) : ""
 }>
${o.error ? html`<div class="error" id="${id}-error" role="alert">${o.error}</div>` : ""}
${o.hint && o.hint !== o.error ? html`<div class="hint">${o.hint}</div>` : ""}
</div>`;
}

/** The captcha image is inline SVG; clicking it swaps in a new one (the page script `captchaRefresh`). */
export function captchaField(captchaId: string, svg: string, error?: string): SafeHtml {
  return html`<div class="field${error ? " invalid" : ""}">
<label for="f-captcha"><span class="req">*</span>图形验证码</label>
<div class="captcha-row">
<input id="f-captcha" name="captcha" type="text" maxlength="6" autocomplete="off" placeholder="请输入右侧字符">
<button type="button" class="captcha-img" title="看不清？点击刷新" data-captcha-id="${captchaId}">${raw(svg)}</button>
</div>
${error ? html`<div class="error" id="f-captcha-error" role="alert">${error}</div>` : ""}
<input type="hidden" name="captcha_id" value="${captchaId}">
</div>`;
}

export function csrfInput(token: string): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${token}">`;
}

export function notice(kind: "success" | "error" | "info", text: string | undefined): SafeHtml {
  return text
    ? html`<div class="notice ${kind}" role="${kind === "error" ? "alert" : "status"}">${text}</div>`
    : html``;
}

export function card(title: string, body: SafeHtml, wide = false): SafeHtml {
  return html`<section class="card${wide ? " wide" : ""}"><div class="card-head">${title}</div><div class="card-body">${body}</div></section>`;
}
