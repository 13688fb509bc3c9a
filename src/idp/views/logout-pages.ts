import { card, notice } from "./components";
import { html, raw } from "./html";
import { layout } from "./layout";
import { submitLogoutForm } from "./scripts";

/**
 * The provider hands over its confirmation form (action and xsrf token); we add logout=yes and
 * submit it at once, so signing out is a single hop for the user. The button covers disabled scripts.
 */
export function logoutPage(providerForm: string): string {
  const body = card(
    "安全退出",
    html`<p class="center">正在退出…</p>
${raw(providerForm)}
<input type="hidden" name="logout" value="yes" form="op.logoutForm">
<noscript><button type="submit" class="btn" form="op.logoutForm">确认退出</button></noscript>`,
  );
  return layout({ title: "正在退出", body, scripts: [submitLogoutForm] });
}

export function loggedOutPage(appUrl: string): string {
  const body = card(
    "安全退出",
    html`${notice("success", "您已安全退出")}
<p class="center"><a href="${appUrl}">返回网上办事大厅</a></p>`,
  );
  return layout({ title: "您已安全退出", body });
}
