import { describe, expect, it } from "vitest";
import { parseEnv } from "@/env";
import { devOutboxOpen } from "@/server/notifier/dev-outbox-access";

const development = parseEnv({ NODE_ENV: "development" });
const local = { host: "localhost:3000", forwardedFor: "127.0.0.1" };

describe("who may open /dev/notifications", () => {
  it("a browser on this machine, in development or test, with the dev notifier and a loopback listen address", () => {
    expect(devOutboxOpen(development, local)).toBe(true);
    expect(devOutboxOpen(parseEnv({ NODE_ENV: "test" }), local)).toBe(true);
    for (const request of [
      { host: "127.0.0.1:3000", forwardedFor: "::ffff:127.0.0.1" },
      { host: "[::1]:3000", forwardedFor: "::1" },
      { host: "LOCALHOST", forwardedFor: "127.0.0.2" },
    ]) {
      expect(devOutboxOpen(development, request)).toBe(true);
    }
    expect(devOutboxOpen(parseEnv({ NODE_ENV: "development", HOST: "::1" }), local)).toBe(true);
  });

  it("never a production server, nor one that really sends its messages", () => {
    const production = parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(40), OIDC_CLIENT_SECRET: "s" });
    expect(devOutboxOpen(production, local)).toBe(false);
    const sending = parseEnv({
      NODE_ENV: "development",
      NOTIFIER: "http",
      SMS_API_URL: "http://127.0.0.1:9/sms",
      SMS_API_KEY: "k",
      SMS_SENDER: "s",
    });
    expect(devOutboxOpen(sending, local)).toBe(false);
  });

  it("never when the server listens beyond this machine, whatever the request claims", () => {
    for (const HOST of ["0.0.0.0", "::", "192.168.1.20"]) {
      expect(devOutboxOpen(parseEnv({ NODE_ENV: "development", HOST }), local)).toBe(false);
    }
  });

  it("never for a request that names another host or comes through a proxy from elsewhere", () => {
    for (const request of [
      { host: "attacker.example", forwardedFor: "127.0.0.1" },
      { host: "127.0.0.1.attacker.example:3000", forwardedFor: "127.0.0.1" },
      { host: "localhost:3000", forwardedFor: "203.0.113.9, 127.0.0.1" },
      { host: "localhost:3000", forwardedFor: "192.168.1.8" },
      { host: "localhost:3000", forwardedFor: null },
      { host: null, forwardedFor: "127.0.0.1" },
    ]) {
      expect(devOutboxOpen(development, request)).toBe(false);
    }
  });
});
