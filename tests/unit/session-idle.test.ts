import { NextRequest } from "next/server";
import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { env } from "@/env";
import { proxy } from "@/proxy";

const COOKIE = "next-auth.session-token";

async function requestWith(token: Record<string, unknown> | null, maxAge = 1800) {
  const headers = new Headers();
  if (token) headers.set("cookie", `${COOKIE}=${await encode({ token, secret: env().NEXTAUTH_SECRET, maxAge })}`);
  return new NextRequest("http://localhost:3000/hall", { headers });
}

describe("the session ends after 30 minutes without activity", () => {
  it("re-issues a valid session cookie for another 30 minutes on each request", async () => {
    const res = await proxy(await requestWith({ uid: "u1", name: "张明" }, 60));
    const cookie = res.cookies.get(COOKIE);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("lax");
    expect(cookie?.maxAge).toBe(30 * 60);
    const token = await decode({ token: cookie!.value, secret: env().NEXTAUTH_SECRET });
    expect(token?.uid).toBe("u1");
    const secondsLeft = (token!.exp as number) - Math.floor(Date.now() / 1000);
    expect(secondsLeft).toBeGreaterThan(29 * 60);
    expect(secondsLeft).toBeLessThanOrEqual(30 * 60);
  });

  it("does not revive an expired session", async () => {
    const res = await proxy(await requestWith({ uid: "u1" }, -120));
    expect(res.cookies.get(COOKIE)).toBeUndefined();
  });

  it("issues nothing to a visitor without a session, but passes the path on for the sign-in redirect", async () => {
    const res = await proxy(await requestWith(null));
    expect(res.cookies.get(COOKIE)).toBeUndefined();
    expect(res.headers.get("x-middleware-request-x-pathname")).toBe("/hall");
  });
});
