import { CookieJar } from "./cookie-jar";

export interface Page {
  status: number;
  url: string;
  html: string;
  headers: Headers;
}

/** One user agent: its own cookies, redirects followed by hand so each hop is visible. */
export class Browser {
  readonly jar = new CookieJar();

  /** `userAgent` is sent with every request, as a real browser would (fetch otherwise says "node"). */
  constructor(
    readonly base: string,
    readonly userAgent?: string,
  ) {}

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const absolute = new URL(url, this.base).href;
    const headers = new Headers(init.headers);
    if (this.userAgent) headers.set("user-agent", this.userAgent);
    const cookie = this.jar.header(absolute);
    if (cookie) headers.set("cookie", cookie);
    const response = await fetch(absolute, { ...init, headers, redirect: "manual" });
    this.jar.store(response, absolute);
    return response;
  }

  /**
   * Follows redirects within the provider. Stops at a redirect that leaves it (the app's callback),
   * returning that location as `url` with the redirect status and empty html.
   */
  async go(url: string, init: RequestInit = {}): Promise<Page> {
    let current = new URL(url, this.base).href;
    let response = await this.request(current, init);
    for (let hops = 0; hops < 10 && response.status >= 300 && response.status < 400; hops++) {
      const location = new URL(response.headers.get("location") ?? "", current).href;
      if (new URL(location).origin !== new URL(this.base).origin) {
        return { status: response.status, url: location, html: "", headers: response.headers };
      }
      current = location;
      response = await this.request(current);
    }
    return { status: response.status, url: current, html: await response.text(), headers: response.headers };
  }

  /** Submits a form as a browser would: url-encoded POST, then redirects. */
  post(url: string, fields: Record<string, string>): Promise<Page> {
    return this.go(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
    });
  }
}

/** Action and hidden inputs of the first form whose action starts with `actionPrefix`. */
export function formOf(html: string, actionPrefix: string): { action: string; fields: Record<string, string> } {
  const forms = [...html.matchAll(/<form\b[^>]*action="([^"]*)"[^>]*>([\s\S]*?)<\/form>/g)];
  const match = forms.find((f) => decode(f[1] ?? "").startsWith(actionPrefix));
  if (!match) throw new Error(`no form with action ${actionPrefix}; page was:\n${html.slice(0, 3000)}`);
  const fields: Record<string, string> = {};
  for (const input of (match[2] ?? "").matchAll(/<input\b[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input[0])?.[1];
    const value = /value="([^"]*)"/.exec(input[0])?.[1];
    if (name && value !== undefined && /type="hidden"/.test(input[0])) fields[name] = decode(value);
  }
  return { action: decode(match[1] ?? ""), fields };
}

export function inputValue(html: string, name: string): string | undefined {
  const input = [...html.matchAll(/<input\b[^>]*>/g)].find((i) => i[0].includes(`name="${name}"`));
  const value = input && /value="([^"]*)"/.exec(input[0])?.[1];
  return value === undefined ? undefined : decode(value);
}

/** Text of the error shown under a form field, if any. */
export function fieldError(html: string, name: string): string | undefined {
  const m = new RegExp(`id="f-${name}-error"[^>]*>([^<]*)<`).exec(html);
  return m?.[1] ? decode(m[1]) : undefined;
}

/** Text of the message shown above a form (kind: error, success or info), if any. */
export function noticeText(html: string, kind: "error" | "success" | "info" = "error"): string | undefined {
  const m = new RegExp(`class="notice ${kind}"[^>]*>([^<]*)<`).exec(html);
  return m?.[1] ? decode(m[1]) : undefined;
}

function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
