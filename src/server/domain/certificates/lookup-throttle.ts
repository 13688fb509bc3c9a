import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "@/server/db";

/**
 * Limits of the public 证书查询, on top of a solved captcha for every lookup, in the RateLimit table
 * (rate-limiter-flexible's Prisma store: one atomic upsert per count, shared by every app process):
 * - per client address, 20 lookups an hour: a person checking a few certificates never meets it;
 *   a script guessing names or numbers gets 480 a day per address;
 * - per certificate number, 5 misses an hour, whichever address they come from: guessing the holder
 *   of one known number from many addresses gets 120 tries a day. Misses of a number that does not
 *   exist count exactly the same, so the limit tells nothing about which numbers exist. While a
 *   number is blocked every lookup of it is refused, the right name too — answering that one would
 *   tell the guesser when the name is right. A hit does not count, and the QR code's verification
 *   page is never limited, so a holder whose number is under attack still has that.
 */
export const LOOKUP_LIMITS = {
  perClient: { points: 20, duration: 3600 },
  perNumberMisses: { points: 5, duration: 3600 },
} as const;

function limiter(db: Db, keyPrefix: string, { points, duration }: { points: number; duration: number }) {
  return new RateLimiterPrisma({
    storeClient: db,
    tableName: "rateLimit",
    keyPrefix,
    points,
    duration,
    clearExpiredByTimeout: false,
  });
}

/** False when the limit is used up (the limiter rejects with its result rather than an Error). */
async function take(consume: Promise<unknown>): Promise<boolean> {
  try {
    await consume;
    return true;
  } catch (error) {
    if (error instanceof RateLimiterRes) return false;
    throw error;
  }
}

export function lookupThrottle(db: Db) {
  const perClient = limiter(db, "certificate_lookup_client", LOOKUP_LIMITS.perClient);
  const perNumber = limiter(db, "certificate_lookup_number", LOOKUP_LIMITS.perNumberMisses);
  return {
    /** Counts a lookup from `client`; false when the address has used up its lookups. */
    countLookup: (client: string) => take(perClient.consume(client)),
    /** Whether misses of `number` have used up its limit. */
    async numberBlocked(number: string): Promise<boolean> {
      const res = await perNumber.get(number);
      return res !== null && res.consumedPoints >= LOOKUP_LIMITS.perNumberMisses.points;
    },
    /** Counts a miss of `number`. */
    countMiss: (number: string) => take(perNumber.consume(number)),
  };
}
