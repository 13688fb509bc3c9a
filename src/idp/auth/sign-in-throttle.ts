import { RateLimiterPostgres } from "rate-limiter-flexible";

/**
 * Growing delays after wrong passwords, counted per login (the 身份证号 or mobile typed) and per
 * client address, instead of a lockout. A lockout let anyone shut an owner out with five requests;
 * a delay only slows guessing down, and a burst of wrong passwords costs the owner seconds.
 *
 * The numbers (each password check also needs a solved captcha):
 * - per login: after the n-th wrong password in a row the next check waits 2^(n-1) s — 1 s, 2 s,
 *   4 s … — up to 5 minutes. A typo costs a second; five wrong passwords cost the owner 16 s. At
 *   the cap a guesser gets at most 288 tries a day per login, from any number of addresses (fewer
 *   than the 480 the old five-per-15-minutes lock allowed), and keeping an owner out needs a
 *   solved captcha every 5 minutes, around the clock. A success or a password reset starts the
 *   series afresh; otherwise it is forgotten a day after it began.
 * - per client address, across all logins: ten failures an hour are free (an office behind one
 *   NAT mistypes too), then the address waits 1 s, 2 s, 4 s … up to 15 minutes: password spraying
 *   from one address gets about twenty tries an hour. Successes do not reset it.
 * No long lockout remains: with these caps it would only add a way to shut owners out.
 *
 * Logins, not accounts, are the key, so unknown logins are delayed exactly like known ones and a
 * delay never tells which 身份证号 and mobile belong together; the price is that one account's
 * two logins each get their own series.
 *
 * Storage is rate-limiter-flexible's PostgreSQL store, on the platform's own PGlite or on a
 * PostgreSQL pool: counting is one atomic upsert either way, so concurrent failures are all counted.
 */
export interface DelayRule {
  /** A series of failures is forgotten this long after its first failure. */
  windowSeconds: number;
  /** Failures before any wait. */
  freeFailures: number;
  maxDelaySeconds: number;
}

export const SIGN_IN_DELAYS = {
  login: { windowSeconds: 24 * 3600, freeFailures: 0, maxDelaySeconds: 5 * 60 },
  client: { windowSeconds: 3600, freeFailures: 10, maxDelaySeconds: 15 * 60 },
} as const satisfies Record<string, DelayRule>;

/** Seconds the next attempt waits after `failures` failures in a series. */
export function delayAfter(failures: number, rule: DelayRule): number {
  const counted = failures - rule.freeFailures;
  return counted <= 0 ? 0 : Math.min(2 ** (counted - 1), rule.maxDelaySeconds);
}

/** What the throttle needs of a database: PGlite and a `pg` Pool both answer this. */
export interface SqlClient {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount?: number | null }>;
}

export interface SignInAttempt {
  /** The login as typed, normalised (trimmed, upper-case). */
  login: string;
  /** The client's throttle key (an IPv4 address or an IPv6 /64). */
  client: string;
}

const TABLE = "idp_sign_in_throttle";
const SWEEP_MS = 10 * 60_000;

/** One kind of key: a failure counter for the series, and a wait that each failure extends. */
class KeyedDelay {
  constructor(
    private readonly failures: RateLimiterPostgres,
    private readonly waits: RateLimiterPostgres,
    private readonly rule: DelayRule,
  ) {}

  async msLeft(key: string): Promise<number> {
    const wait = await this.waits.get(key);
    // A blocked key holds more points than the limiter's one.
    return wait && wait.consumedPoints > 1 ? wait.msBeforeNext : 0;
  }

  async fail(key: string): Promise<number> {
    const { consumedPoints } = await this.failures.consume(key);
    const seconds = delayAfter(consumedPoints, this.rule);
    if (seconds > 0) await this.waits.block(key, seconds);
    return seconds;
  }

  async forget(key: string): Promise<void> {
    await Promise.all([this.failures.delete(key), this.waits.delete(key)]);
  }
}

export class SignInThrottle {
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly byLogin: KeyedDelay,
    private readonly byClient: KeyedDelay,
    client: SqlClient,
  ) {
    // The store keeps a row per key until it is deleted; expired rows are only dead weight.
    this.sweeper = setInterval(() => {
      client.query(`DELETE FROM ${TABLE} WHERE expire < $1`, [Date.now()]).catch(() => {});
    }, SWEEP_MS);
    this.sweeper.unref();
  }

  /** Whole seconds before this attempt may be checked; 0 when it may be checked now. */
  async waitSeconds(attempt: SignInAttempt): Promise<number> {
    const [login, client] = await Promise.all([
      this.byLogin.msLeft(attempt.login),
      this.byClient.msLeft(attempt.client),
    ]);
    return Math.ceil(Math.max(login, client) / 1000);
  }

  /** Counts a wrong password; returns the seconds the next attempt must wait. */
  async recordFailure(attempt: SignInAttempt): Promise<number> {
    const [login, client] = await Promise.all([this.byLogin.fail(attempt.login), this.byClient.fail(attempt.client)]);
    return Math.max(login, client);
  }

  /** The owner proved the password (or reset it): the series of these logins start afresh. */
  async forgetLogins(logins: string[]): Promise<void> {
    await Promise.all(logins.map((login) => this.byLogin.forget(login)));
  }

  close(): void {
    clearInterval(this.sweeper);
  }
}

/** Creates the store's table when missing (the library's own DDL) and the four limiters on it. */
export async function openSignInThrottle(client: SqlClient): Promise<SignInThrottle> {
  // The library calls query({ text, values }); both our clients take (text, values).
  const storeClient = { query: (q: { text: string; values?: unknown[] }) => client.query(q.text, q.values) };
  const options = (keyPrefix: string, points: number, duration: number) => ({
    storeClient,
    storeType: "client",
    tableName: TABLE,
    tableCreated: true,
    clearExpiredByTimeout: false,
    keyPrefix,
    points,
    duration,
  });
  // Failures are only counted (this cap is never reached); waits are set with block().
  const COUNT_ONLY = 1_000_000;

  // The first limiter creates the table; its callback runs once the table exists, after construction.
  const loginFailures = await new Promise<RateLimiterPostgres>((resolve, reject) => {
    const limiter = new RateLimiterPostgres(
      { ...options("login_fail", COUNT_ONLY, SIGN_IN_DELAYS.login.windowSeconds), tableCreated: false },
      (error) => (error ? reject(error) : resolve(limiter)),
    );
  });
  return new SignInThrottle(
    new KeyedDelay(loginFailures, new RateLimiterPostgres(options("login_wait", 1, 1)), SIGN_IN_DELAYS.login),
    new KeyedDelay(
      new RateLimiterPostgres(options("client_fail", COUNT_ONLY, SIGN_IN_DELAYS.client.windowSeconds)),
      new RateLimiterPostgres(options("client_wait", 1, 1)),
      SIGN_IN_DELAYS.client,
    ),
    client,
  );
}
