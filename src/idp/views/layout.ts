import { type HtmlValue, html, raw } from "./html";
import type { PageScript } from "./scripts";
import { styles } from "./styles";

export interface LayoutOptions {
  title: string;
  body: HtmlValue;
  /** Inline scripts: only the constants of scripts.ts, which the CSP allows by hash. */
  scripts?: readonly PageScript[];
}

export function layout({ title, body, scripts = [] }: LayoutOptions): string {
  return html`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${title} - 统一身份认证平台</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="icon" href="/favicon.ico" sizes="16x16 32x32 48x48">
<style>${styles}</style>
</head>
<body>
<header class="top"><div class="inner">
<div class="emblem" aria-hidden="true">证</div>
<div><h1>统一身份认证平台</h1><div class="sub">一次认证 · 全网通办</div></div>
</div></header>
<main>${body}</main>
<footer>本平台为系统内置的统一身份认证平台（开发与演示环境），为职称申报评审及证书管理系统提供统一登录服务</footer>
${scripts.map((s) => html`<script>${raw(s.source)}</script>`)}
</body>
</html>`.toString();
}
