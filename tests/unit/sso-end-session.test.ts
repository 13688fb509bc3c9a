import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { endSessionEndpoint } from "@/server/auth/end-session";

/** A platform whose discovery answer the test changes: a document, an outage, or a move. */
let answer: { status: number; endSession?: string } = { status: 200, endSession: "/session/end" };
let server: Server;
let issuer: string;

beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(answer.status, { "content-type": "application/json" });
    res.end(
      answer.status === 200
        ? JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks`, end_session_endpoint: `${issuer}${answer.endSession}` })
        : JSON.stringify({ error: "server_error" }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const MINUTE = 60_000;

describe("the platform's end-session endpoint for 安全退出", () => {
  it("is read from discovery, not cached past a failed discovery, and follows a platform that moved it", async () => {
    const t0 = Date.now();
    answer = { status: 503 };
    expect(await endSessionEndpoint(issuer, t0)).toBeNull();

    answer = { status: 200, endSession: "/session/end" };
    expect(await endSessionEndpoint(issuer, t0 + MINUTE)).toBe(`${issuer}/session/end`);

    // Later the platform is down: the old URL is not handed out as if nothing happened.
    answer = { status: 503 };
    expect(await endSessionEndpoint(issuer, t0 + 30 * MINUTE)).toBeNull();

    answer = { status: 200, endSession: "/oidc/logout" };
    expect(await endSessionEndpoint(issuer, t0 + 31 * MINUTE)).toBe(`${issuer}/oidc/logout`);
  });

  it("refuses a discovery document that belongs to another issuer", async () => {
    answer = { status: 200, endSession: "/session/end" };
    expect(await endSessionEndpoint(`${issuer}/other-tenant`, Date.now() + 60 * MINUTE)).toBeNull();
  });
});
