import { card, notice } from "./components";
import { html } from "./html";
import { layout } from "./layout";

export interface MessagePageModel {
  title: string;
  kind: "success" | "error" | "info";
  message: string;
  detail?: string;
  link?: { href: string; text: string };
}

/** Outcome pages: registration without a pending sign-in, expired sessions, errors. */
export function messagePage(m: MessagePageModel): string {
  const body = card(
    m.title,
    html`${notice(m.kind, m.message)}
${m.detail ? html`<p class="muted">${m.detail}</p>` : ""}
${m.link ? html`<p class="center"><a class="btn btn-link" href="${m.link.href}">${m.link.text}</a></p>` : ""}`,
  );
  return layout({ title: m.title, body });
}
