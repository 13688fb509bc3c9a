import { formatDateTime } from "../../lib/datetime";
import type { SmsMessage } from "../auth/outbox";
import { maskMobile } from "../auth/outbox";
import { card, notice } from "./components";
import { html } from "./html";
import { layout } from "./layout";

/** Developer stand-in for the SMS gateway. */
export function outboxPage(messages: readonly SmsMessage[]): string {
  const rows = messages.map(
    (m) => html`<tr><td>${formatDateTime(m.sentAt)}</td><td>${maskMobile(m.mobile)}</td><td>${m.text}</td></tr>`,
  );
  const body = card(
    "短信发件箱（开发环境）",
    html`${notice("info", "本页面仅在开发与测试环境提供，用于代替真实短信网关查看已发送的短信验证码。")}
${
  messages.length
    ? html`<table><thead><tr><th>发送时间</th><th>接收手机</th><th>短信内容</th></tr></thead><tbody>${rows}</tbody></table>`
    : html`<p class="center muted">暂无短信</p>`
}
<p class="muted">最新的短信在最上方；刷新页面以查看新短信。JSON 格式：<a href="/dev/outbox.json">/dev/outbox.json</a></p>`,
    true,
  );
  return layout({ title: "短信发件箱", body });
}
