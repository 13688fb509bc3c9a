import { randomUUID } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  delayAfter,
  openSignInThrottle,
  SIGN_IN_DELAYS,
  type SignInThrottle,
  type SqlClient,
} from "../../src/idp/auth/sign-in-throttle";

/**
 * The identity platform's sign-in delays on their store: the platform's own PGlite, or PostgreSQL
 * when this suite runs against TEST_DATABASE_URL (where concurrent failures really race).
 */
const serverUrl = process.env.TEST_DATABASE_URL;
let client: SqlClient;
let close: () => Promise<void>;
let throttle: SignInThrottle;

beforeAll(async () => {
  if (serverUrl) {
    const name = `test_${randomUUID().replace(/-/g, "")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const pool = new pg.Pool({ connectionString: url.toString(), max: 10 });
    client = pool;
    close = async () => {
      await pool.end();
      await admin.query(`DROP DATABASE "${name}"`);
      await admin.end();
    };
  } else {
    const db = new PGlite();
    client = db;
    close = () => db.close();
  }
  throttle = await openSignInThrottle(client);
});
afterAll(async () => {
  throttle.close();
  await close();
});

let n = 0;
const fresh = () => ({ login: `1390000${String(++n).padStart(4, "0")}`, client: `198.51.100.${n}` });

describe("sign-in delays (rate-limiter-flexible on the platform's store)", () => {
  it("double the wait with each wrong password in a row, up to five minutes per login", () => {
    const waits = [1, 2, 3, 4, 5, 9, 10, 20].map((f) => delayAfter(f, SIGN_IN_DELAYS.login));
    expect(waits).toEqual([1, 2, 4, 8, 16, 256, 300, 300]);
  });

  it("leave a client address ten free failures an hour, then double up to fifteen minutes", () => {
    const waits = [10, 11, 12, 13, 20, 21, 100].map((f) => delayAfter(f, SIGN_IN_DELAYS.client));
    expect(waits).toEqual([0, 1, 2, 4, 512, 900, 900]);
  });

  it("make the next attempt wait after each failure and forget a login once its owner signs in", async () => {
    const attempt = fresh();
    expect(await throttle.waitSeconds(attempt)).toBe(0);
    expect(await throttle.recordFailure(attempt)).toBe(1);
    expect(await throttle.waitSeconds(attempt)).toBe(1);
    expect(await throttle.recordFailure(attempt)).toBe(2);
    expect(await throttle.recordFailure(attempt)).toBe(4);
    expect(await throttle.waitSeconds(attempt)).toBe(4);
    // Another address trying the same login waits too; this address trying another login does not.
    expect(await throttle.waitSeconds({ ...attempt, client: "198.51.100.250" })).toBe(4);
    expect(await throttle.waitSeconds({ ...fresh(), client: attempt.client })).toBe(0);

    await throttle.forgetLogins([attempt.login]);
    expect(await throttle.waitSeconds({ ...attempt, client: "198.51.100.250" })).toBe(0);
    expect(await throttle.recordFailure(attempt)).toBe(1);
  });

  it("count every one of many concurrent failures", async () => {
    const attempt = fresh();
    await Promise.all(Array.from({ length: 12 }, () => throttle.recordFailure(attempt)));
    // The 13th failure in a row: 2^12 s, capped at five minutes.
    expect(await throttle.recordFailure(attempt)).toBe(300);
    expect(await throttle.waitSeconds(attempt)).toBeGreaterThan(295);
  });
});
