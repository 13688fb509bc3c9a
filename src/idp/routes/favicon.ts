import { readFileSync } from "node:fs";
import type Router from "@koa/router";

/** The app's icon (public/), so the platform's tabs look like part of the same system. */
const icons = {
  "/favicon.ico": { type: "image/x-icon", body: readFileSync(new URL("../../../public/favicon.ico", import.meta.url)) },
  "/favicon.svg": {
    type: "image/svg+xml",
    body: readFileSync(new URL("../../../public/favicon.svg", import.meta.url)),
  },
};

export function faviconRoutes(router: Router): void {
  for (const [path, icon] of Object.entries(icons)) {
    router.get(path, (ctx) => {
      ctx.type = icon.type;
      ctx.set("Cache-Control", "public, max-age=86400");
      ctx.body = icon.body;
    });
  }
}
