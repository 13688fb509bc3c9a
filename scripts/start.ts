import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { demoAccountTable } from "../prisma/demo-data";
import { InvalidEnvError, parseEnv } from "../src/env";
import { isLoopback } from "../src/idp/http/client-address";
import { generateCertificateKeyRing } from "../src/server/domain/certificates/signing-keys";
import { buildIfStale } from "./build-if-stale";
import { prepareData } from "./prepare-data";
import { spawnGroup, stopGroup } from "./process-group";

/**
 * `npm start` / `npm run dev`: everything on the embedded defaults in one command —
 * migrate and seed the database, start the built-in identity platform, then the web app.
 * `--dev` runs Next.js in development mode; otherwise a production build is made when stale.
 */
const dev = process.argv.includes("--dev");
if (existsSync(".env")) process.loadEnvFile(".env");

const env = process.env;
env.NEXT_TELEMETRY_DISABLED = "1";
const appPort = env.PORT || "3000";
env.APP_URL ||= `http://localhost:${appPort}`;
env.NEXTAUTH_URL ||= env.APP_URL;
const builtinIdp = !env.OIDC_ISSUER || env.BUILTIN_IDP === "1";
if (builtinIdp) {
  env.IDP_PORT ||= "4000";
  env.OIDC_ISSUER ||= `http://localhost:${env.IDP_PORT}`;
  env.IDP_ISSUER ||= env.OIDC_ISSUER;
  env.IDP_DATA_DIR ||= ".data/idp";
}
ensureLocalSecrets();
const host = listenHost();
env.HOST = host;

const children: ChildProcess[] = [];

function ensureLocalSecrets() {
  // Secrets for the embedded setup are generated once per machine and kept out of the repository.
  const file = ".data/local-secrets.json";
  mkdirSync(".data", { recursive: true });
  const saved = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, string>) : {};
  const secrets = {
    NEXTAUTH_SECRET: saved.NEXTAUTH_SECRET ?? randomBytes(32).toString("base64url"),
    OIDC_CLIENT_SECRET: saved.OIDC_CLIENT_SECRET ?? randomBytes(24).toString("base64url"),
    // The certificate signing key: losing it would leave every certificate issued here unverifiable.
    CERTIFICATE_SIGNING_KEYS: saved.CERTIFICATE_SIGNING_KEYS ?? generateCertificateKeyRing("local-1"),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  env.NEXTAUTH_SECRET ||= secrets.NEXTAUTH_SECRET;
  if (builtinIdp) env.OIDC_CLIENT_SECRET ||= secrets.OIDC_CLIENT_SECRET;
  env.CERTIFICATE_SIGNING_KEYS ||= secrets.CERTIFICATE_SIGNING_KEYS;
}

/** HOST, validated like the app's other settings; loopback unless configured otherwise. */
function listenHost(): string {
  try {
    return parseEnv(env).HOST;
  } catch (error) {
    if (!(error instanceof InvalidEnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/** An origin this script can reach a server bound to `host` on (a wildcard bind answers on loopback). */
function localOrigin(port: string): string {
  if (host === "0.0.0.0" || host === "::") return `http://127.0.0.1:${port}`;
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}

/**
 * What the servers print when they come up, which the summary at the end says instead: Next.js's
 * banner names a "Network" address sign-in does not work on (the platform sends people back to
 * APP_URL only), and the platform's own "listening" line repeats its address. Anything else they
 * print — errors, the dev SMS log — is passed through as it comes.
 */
const startBanner = [
  /^\s*$/,
  /^\s*▲ Next\.js/,
  /^\s*- (Local|Network|Environments|Experiments)\b/,
  /^\s*✓ (Starting|Ready in|authInterrupts|Running next\.config)/,
  /^统一身份认证平台 \(built-in OIDC provider\) listening at /,
];

function passThrough(from: Readable | null, to: NodeJS.WriteStream) {
  if (!from) return;
  createInterface({ input: from }).on("line", (line) => {
    if (!startBanner.some((pattern) => pattern.test(line))) to.write(`${line}\n`);
  });
}

function run(name: string, command: string, args: string[]) {
  const child = spawnGroup(command, args, { stdio: ["ignore", "pipe", "pipe"], env });
  passThrough(child.stdout, process.stdout);
  passThrough(child.stderr, process.stderr);
  children.push(child);
  child.on("exit", (code) => {
    console.error(`${name} exited (${code ?? "signal"}); stopping.`);
    shutdown(code ?? 1);
  });
  return child;
}

function shutdown(code: number) {
  for (const child of children) stopGroup(child);
  process.exit(code);
}

async function waitFor(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}

const applied = await prepareData({ idpDataDir: builtinIdp ? env.IDP_DATA_DIR! : null });
if (applied.length) console.log(`数据库已更新（执行了 ${applied.length} 项迁移）`);
if (!dev) buildIfStale(env);

process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

if (builtinIdp) {
  run("identity platform", "npx", ["tsx", "src/idp/server.ts"]);
  await waitFor(`${localOrigin(env.IDP_PORT!)}/.well-known/openid-configuration`, 30_000);
}
run("web app", "npx", ["next", dev ? "dev" : "start", "-H", host, "-p", appPort]);
await waitFor(`${localOrigin(appPort)}/`, dev ? 120_000 : 60_000);

const reach =
  isLoopback(host) || host === "localhost"
    ? "仅本机可访问；如需让其他机器访问，请设置 HOST=0.0.0.0 及相应的 APP_URL、OIDC_ISSUER"
    : "其他机器可访问";
const lines = [
  " 职称申报评审及证书管理系统 已启动",
  `   网上办事大厅:     ${env.APP_URL}/`,
  `   统一身份认证平台: ${env.OIDC_ISSUER}/${builtinIdp ? "   （内置，开发与演示用）" : ""}`,
  `   监听地址:         ${host}（${reach}）`,
  ...(builtinIdp
    ? [`   短信发件箱:       ${env.OIDC_ISSUER}/dev/outbox   （显示短信验证码，仅限本机访问）`, demoAccountTable()]
    : []),
];
const rule = "=".repeat(64);
console.log(`\n${rule}\n${lines.join("\n")}\n${rule}`);
