import { messagePage } from "./message-page";

// Error codes a user can plausibly hit, in plain words; the rest fall back to a generic line.
const KNOWN: Record<string, string> = {
  invalid_request: "请求参数不正确",
  invalid_client: "应用未在统一身份认证平台登记",
  invalid_redirect_uri: "回调地址未登记",
  unauthorized_client: "应用无权使用此登录方式",
  session_not_found: "登录会话已失效",
  invalid_grant: "授权已失效",
  server_error: "服务器内部错误",
};

export function errorPage(out: { error?: unknown; error_description?: unknown }, appUrl: string): string {
  const code = typeof out.error === "string" ? out.error : "server_error";
  return messagePage({
    title: "出错了",
    kind: "error",
    message: `${KNOWN[code] ?? "请求无法完成"}，请返回应用重新登录。`,
    detail: `错误代码：${code}${typeof out.error_description === "string" ? `（${out.error_description}）` : ""}`,
    link: { href: appUrl, text: "返回网上办事大厅" },
  });
}
