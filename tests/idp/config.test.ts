import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { configFromEnv, IdpConfigError } from "../../src/idp/index";
import { Browser } from "./helpers/browser";
import { authorizationRequest, startTestIdp, uidOf } from "./helpers/idp";

const TSX = resolve("node_modules/.bin/tsx");
const SERVER = resolve("src/idp/server.ts");

function runCli(
  env: Record<string, string>,
  until?: RegExp,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(TSX, [SERVER], {
      env: { ...process.env, HOST: "", IDP_DATA_DIR: "memory://", IDP_PORT: "0", ...env },
    });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), 40_000);
    child.stdout.on("data", (d) => {
      stdout += d;
      if (until?.test(stdout)) child.kill("SIGTERM");
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("error", fail);
    child.on("exit", (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

describe("configuration", () => {
  it("has the documented defaults", () => {
    expect(configFromEnv({})).toEqual({
      host: "127.0.0.1",
      port: 4000,
      issuer: undefined,
      dataDir: ".data/idp",
      clientId: "zhicheng-app",
      clientSecret: "dev-secret-change-me",
      appUrl: "http://localhost:3000",
      testHooks: false,
      nodeEnv: "development",
    });
    expect(configFromEnv({ IDP_TEST_HOOKS: "true", IDP_ISSUER: "https://idp.example.gov.cn/" })).toMatchObject({
      testHooks: true,
      issuer: "https://idp.example.gov.cn",
    });
  });

  it.each([
    [{ IDP_PORT: "abc" }, "IDP_PORT"],
    [{ IDP_PORT: "70000" }, "IDP_PORT"],
    [{ APP_URL: "localhost:3000" }, "APP_URL"],
    [{ IDP_ISSUER: "http://localhost:4000/idp" }, "IDP_ISSUER"],
    [{ IDP_TEST_HOOKS: "yes" }, "IDP_TEST_HOOKS"],
    [{ OIDC_CLIENT_SECRET: "short" }, "OIDC_CLIENT_SECRET"],
    [{ HOST: "http://0.0.0.0" }, "HOST"],
  ])("names the bad variable in %o", (env, name) => {
    expect(() => configFromEnv(env)).toThrow(IdpConfigError);
    expect(() => configFromEnv(env)).toThrow(new RegExp(`${name}:`));
  });
});

describe("production safety", () => {
  it("refuses to start with test hooks under NODE_ENV=production", async () => {
    await expect(startTestIdp({ nodeEnv: "production", testHooks: true })).rejects.toThrow(
      /IDP_TEST_HOOKS is enabled while NODE_ENV=production: refusing to start/,
    );
  });

  it("the CLI exits with that message instead of listening", async () => {
    const run = await runCli({ NODE_ENV: "production", IDP_TEST_HOOKS: "1" });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("refusing to start");
    expect(run.stdout).not.toContain("listening");
  }, 60_000);

  it("the CLI prints its listening line and stops cleanly on SIGTERM", async () => {
    const run = await runCli({}, /listening at/);
    expect(run.stdout).toMatch(
      /统一身份认证平台 \(built-in OIDC provider\) listening at http:\/\/localhost:\d+ \(bound to 127\.0\.0\.1:\d+\)/,
    );
    expect(run.code).toBe(0);
  }, 60_000);

  it("has no test hooks when they are disabled", async () => {
    const idp = await startTestIdp({ testHooks: false });
    try {
      const page = await new Browser(idp.url).go(authorizationRequest(idp.url).url);
      expect((await fetch(`${idp.url}/__test/captcha/${uidOf(page)}`)).status).toBe(404);
      expect((await fetch(`${idp.url}/__test/qr/latest`)).status).toBe(404);
      expect((await fetch(`${idp.url}/dev/outbox`)).status).toBe(200);
    } finally {
      await idp.close();
    }
  });
});
