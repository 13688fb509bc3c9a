import { describe, expect, it } from "vitest";
import { InvalidEnvError, parseEnv } from "@/env";

describe("environment validation", () => {
  it("starts on the embedded defaults in development", () => {
    const env = parseEnv({});
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.OIDC_ISSUER).toBe("http://localhost:4000");
    expect(env.PGLITE_DATA_DIR).toBe(".data/pglite");
    expect(env.SESSION_IDLE_MINUTES).toBe(30);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.HOST).toBe("127.0.0.1");
    expect(env.ATTACHMENT_QUOTA_MB).toBe(200);
    expect(env.STORAGE_SWEEP_GRACE_MINUTES).toBe(60);
    expect(env.STORAGE_SWEEP_INTERVAL_MINUTES).toBe(60);
  });

  it("names the variable that is wrong", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: DATABASE_URL must be a postgresql/);
    expect(() => parseEnv({ OIDC_ISSUER: "not a url" })).toThrow(/OIDC_ISSUER/);
    expect(() => parseEnv({ SESSION_IDLE_MINUTES: "0" })).toThrow(/SESSION_IDLE_MINUTES/);
    expect(() => parseEnv({ HOST: "http://0.0.0.0" })).toThrow(/HOST: HOST must be an address to listen on/);
    expect(() => parseEnv({ ATTACHMENT_QUOTA_MB: "0" })).toThrow(/ATTACHMENT_QUOTA_MB/);
    // A short grace period would let the sweeper take the bytes of uploads still in progress.
    expect(() => parseEnv({ STORAGE_SWEEP_GRACE_MINUTES: "1" })).toThrow(/STORAGE_SWEEP_GRACE_MINUTES/);
  });

  it("refuses production with the built-in provider's test hooks enabled", () => {
    const production = { NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(40), OIDC_CLIENT_SECRET: "s" };
    expect(() => parseEnv({ ...production, IDP_TEST_HOOKS: "1" })).toThrow(InvalidEnvError);
    expect(() => parseEnv({ ...production, IDP_TEST_HOOKS: "true" })).toThrow(/IDP_TEST_HOOKS must not be enabled/);
    expect(parseEnv(production).IDP_TEST_HOOKS).toBe(false);
  });

  it("requires real secrets in production", () => {
    expect(() => parseEnv({ NODE_ENV: "production", OIDC_CLIENT_SECRET: "s" })).toThrow(/NEXTAUTH_SECRET is required/);
    expect(() => parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "short", OIDC_CLIENT_SECRET: "s" })).toThrow(
      /at least 32 characters/,
    );
    expect(() => parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(40) })).toThrow(/OIDC_CLIENT_SECRET/);
  });
});

describe("notification delivery settings", () => {
  const sms = { SMS_API_URL: "https://sms.example.cn/v1/sms", SMS_API_KEY: "k", SMS_SENDER: "职称评审" };
  const production = { NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(40), OIDC_CLIENT_SECRET: "s" };

  it("keeps messages in the dev outbox unless told otherwise, and sends every 5 seconds", () => {
    expect(parseEnv({})).toMatchObject({ NOTIFIER: "dev", NOTIFY_INTERVAL_SECONDS: 5 });
    expect(() => parseEnv({ NOTIFIER: "smtp" })).toThrow(/NOTIFIER: NOTIFIER must be dev or http/);
    expect(() => parseEnv({ NOTIFY_INTERVAL_SECONDS: "0" })).toThrow(/NOTIFY_INTERVAL_SECONDS/);
  });

  it("needs the gateway's URL, key and sender for NOTIFIER=http, naming each one missing", () => {
    expect(() => parseEnv({ NOTIFIER: "http" })).toThrow(
      /SMS_API_URL: SMS_API_URL is required when NOTIFIER=http\n {2}SMS_API_KEY: .*\n {2}SMS_SENDER: /,
    );
    expect(parseEnv({ NOTIFIER: "http", ...sms }).SMS_SENDER).toBe("职称评审");
  });

  it("sends the key and mobile numbers only over https in production", () => {
    const plain = { NOTIFIER: "http", ...sms, SMS_API_URL: "http://sms.example.cn/v1/sms" };
    expect(() => parseEnv({ ...production, ...plain })).toThrow(/SMS_API_URL must use https in production/);
    expect(parseEnv(plain).SMS_API_URL).toBe("http://sms.example.cn/v1/sms");
    expect(parseEnv({ ...production, NOTIFIER: "http", ...sms }).NOTIFIER).toBe("http");
  });
});

describe("environment files", () => {
  it("treats an empty VAR= line as unset", () => {
    const env = parseEnv({ DATABASE_URL: "", OIDC_ISSUER: "", SESSION_IDLE_MINUTES: "" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.OIDC_ISSUER).toBe("http://localhost:4000");
    expect(env.SESSION_IDLE_MINUTES).toBe(30);
  });
});
