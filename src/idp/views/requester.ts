import Bowser from "bowser";
import { formatDateTime } from "../../lib/datetime";
import { addressPlace } from "../http/client-address";

/** What the phone is told about the browser that asks to be signed in, before it confirms. */
export interface RequesterView {
  browser: string;
  time: string;
  place: string;
}

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
    time: `${formatDateTime(new Date(at))}（北京时间）`,
    place: addressPlace(address),
  };
}
