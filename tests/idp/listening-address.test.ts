import { networkInterfaces } from "node:os";
import { describe, expect, it } from "vitest";
import { configFromEnv } from "../../src/idp/index";
import { startTestIdp } from "./helpers/idp";

/**
 * The SMS codes in the dev outbox are credentials: whoever reads them can reset any password. So the
 * platform listens on loopback unless HOST says otherwise, and even then the outbox answers loopback
 * clients only. "Another machine" is played by this machine's own non-loopback address, which
 * reaches the server through a socket whose remote address is not loopback.
 */
const lanAddress = Object.values(networkInterfaces())
  .flat()
  .find((a) => a?.family === "IPv4" && !a.internal)?.address;

function requireLanAddress(): string {
  if (!lanAddress) throw new Error("this machine has no non-loopback IPv4 address to test the outbox from");
  return lanAddress;
}

// Locally a machine without a network is skipped; under CI the test must run, so it fails instead.
const runsHere = Boolean(lanAddress) || process.env.CI === "true";

const portOf = (url: string) => new URL(url).port;

describe("listening address", () => {
  it("defaults to 127.0.0.1 and takes HOST from the environment", () => {
    expect(configFromEnv({}).host).toBe("127.0.0.1");
    expect(configFromEnv({ HOST: "0.0.0.0" }).host).toBe("0.0.0.0");
    expect(() => configFromEnv({ HOST: "http://0.0.0.0" })).toThrow(/HOST:/);
  });

  it.runIf(runsHere)("is not reachable from another machine by default", async () => {
    const address = requireLanAddress();
    const idp = await startTestIdp({ host: configFromEnv({}).host });
    try {
      expect((await fetch(`http://127.0.0.1:${portOf(idp.url)}/dev/outbox`)).status).toBe(200);
      const refused = await fetch(`http://${address}:${portOf(idp.url)}/dev/outbox`).then(
        () => "answered",
        (error: Error & { cause?: { code?: string } }) => error.cause?.code,
      );
      expect(refused).toBe("ECONNREFUSED");
    } finally {
      await idp.close();
    }
  });
});

describe("dev outbox (短信发件箱) and test hooks", () => {
  it.runIf(runsHere)(
    "refuses clients that are not on this machine, even when the platform listens on all interfaces",
    async () => {
      const address = requireLanAddress();
      const idp = await startTestIdp({ host: "0.0.0.0" });
      try {
        const port = portOf(idp.url);
        for (const path of ["/dev/outbox", "/dev/outbox.json"]) {
          const remote = await fetch(`http://${address}:${port}${path}`);
          expect(remote.status, path).toBe(403);
          expect(await remote.text(), path).toContain("仅允许在本机访问");
          // A forwarded-for header naming loopback changes nothing: the socket's address decides.
          const spoofed = await fetch(`http://${address}:${port}${path}`, {
            headers: { "x-forwarded-for": "127.0.0.1" },
          });
          expect(spoofed.status, path).toBe(403);

          const local = await fetch(`http://127.0.0.1:${port}${path}`);
          expect(local.status, path).toBe(200);
        }
        // The test hooks reveal captcha answers: the same rule.
        expect((await fetch(`http://${address}:${port}/__test/qr/latest`)).status).toBe(403);
        // The rest of the platform still answers the other machine.
        expect((await fetch(`http://${address}:${port}/.well-known/openid-configuration`)).status).toBe(200);
      } finally {
        await idp.close();
      }
    },
  );

  it.each(["production", "staging"])("is absent under NODE_ENV=%s, even for loopback clients", async (nodeEnv) => {
    const idp = await startTestIdp({ testHooks: false, nodeEnv });
    try {
      expect((await fetch(`${idp.url}/dev/outbox`)).status).toBe(404);
      expect((await fetch(`${idp.url}/dev/outbox.json`)).status).toBe(404);
    } finally {
      await idp.close();
    }
  });
});
