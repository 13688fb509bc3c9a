import Bowser from "bowser";
import { TIME_ZONE } from "../../lib/datetime";
import { addressPlace } from "../http/client-address";

/** What the phone is told about the browser that asks to be signed in, before it confirms. */
export interface RequesterView {
  browser: string;
  time: string;
  place: string;
}

// sv-SE writes dates as 2026-11-28 14:03:05.
const timestamp = new Intl.DateTimeFormat("sv-SE", { timeZone: TIME_ZONE, dateStyle: "short", timeStyle: "medium" });

/** "Chrome 120 · Windows 10", or 未知浏览器 when the User-Agent says nothing useful. */
function browserOf(userAgent: string): string {
  const { browser, os } = Bowser.parse(userAgent);
  if (!browser.name) return "未知浏览器";
  const name = [browser.name, browser.version?.split(".")[0]].filter(Boolean).join(" ");
  const system = [os.name, os.versionName ?? os.version].filter(Boolean).join(" ");
  return system ? `${name} · ${system}` : name;
}

export function describeRequester(userAgent: string, address: string, at: number): RequesterView {
  return {
    browser: browserOf(userAgent),
    time: `${timestamp.format(new Date(at))}（北京时间）`,
    place: addressPlace(address),
  };
}
