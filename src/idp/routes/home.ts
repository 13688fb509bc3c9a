import type Router from "@koa/router";
import { sendHtml } from "../http/page";
import type { IdpServices } from "../http/services";
import { messagePage } from "../views/message-page";

/** People who open the provider's address directly are sent on to the application. */
export function homeRoutes(router: Router, s: IdpServices): void {
  router.get("/", (ctx) =>
    sendHtml(
      ctx,
      messagePage({
        title: "统一身份认证平台",
        kind: "info",
        message: "请从职称申报评审及证书管理系统的「个人账号登录入口」进入登录。",
        link: { href: s.config.appUrl, text: "前往网上办事大厅" },
      }),
    ),
  );
}
