import "server-only";
import type { DeliveryChannel } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { DeliveryRejected, type Notifier } from "@/server/notifier/types";

export type DeliveryPolicy = {
  maxAttempts: number;
  firstRetryMs: number;
  maxRetryMs: number;
  leaseMs: number;
  batchSize: number;
  maxPerRun: number;
};

/** How the delivery job treats a message it could not send. */
export const deliveryPolicy: DeliveryPolicy = {
  /** Attempts before a delivery is given up (FAILED). */
  maxAttempts: 8,
  /** Wait before the second attempt; doubled for each further one (30 s, 1 min, 2 min … about an hour in all). */
  firstRetryMs: 30_000,
  maxRetryMs: 60 * 60_000,
  /**
   * A claimed delivery is the claimer's for this long; if it has neither sent nor given it back by
   * then (its process died), another run takes it. Longer than a batch of slow sends.
   */
  leaseMs: 5 * 60_000,
  /** Deliveries claimed at a time. */
  batchSize: 20,
  /** Deliveries one run handles at most; the rest wait for the next run. */
  maxPerRun: 500,
};

/** The wait after the `attempt`-th failed attempt (1-based): exponential, capped. */
export function retryDelayMs(
  attempt: number,
  policy: Pick<DeliveryPolicy, "firstRetryMs" | "maxRetryMs"> = deliveryPolicy,
) {
  return Math.min(policy.firstRetryMs * 2 ** (attempt - 1), policy.maxRetryMs);
}

/** A delivery this run holds, with the message it carries. */
export type ClaimedDelivery = {
  id: string;
  channel: DeliveryChannel;
  destination: string;
  /** The attempt this claim is; also the claim's fencing token. */
  attempts: number;
  title: string;
  body: string;
};

/** Epoch milliseconds as the columns' type (timestamp(3) holding UTC), whatever the session's time zone. */
const at = (ms: number) => `to_timestamp(${ms}::double precision / 1000) AT TIME ZONE 'UTC'`;

/**
 * Claims up to `limit` due deliveries in one statement. FOR UPDATE SKIP LOCKED: concurrent
 * claimers (other app processes on PostgreSQL) skip the rows another one is claiming instead of
 * waiting for them or taking them too. The claim counts the attempt and moves nextAttemptAt past
 * the lease, so a claim whose worker dies comes due again when the lease ends.
 */
export async function claimDueDeliveries(
  db: Db,
  options: { now: Date; limit: number; leaseMs: number; maxAttempts: number },
): Promise<ClaimedDelivery[]> {
  const now = options.now.getTime();
  return db.$queryRawUnsafe<ClaimedDelivery[]>(
    `WITH due AS (
       SELECT id FROM "NotificationDelivery"
       WHERE status = 'PENDING' AND "nextAttemptAt" <= ${at(now)} AND attempts < $1
       ORDER BY "nextAttemptAt"
       LIMIT $2
       FOR UPDATE SKIP LOCKED
     )
     UPDATE "NotificationDelivery" AS d
     SET attempts = d.attempts + 1, "nextAttemptAt" = ${at(now + options.leaseMs)}
     FROM due, "Notification" AS n
     WHERE d.id = due.id AND n.id = d."notificationId"
     RETURNING d.id, d.channel::text AS channel, d.destination, d.attempts, n.title, n.body`,
    options.maxAttempts,
    options.limit,
  );
}

export type DeliveryReport = { sent: number; retrying: number; failed: number };

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 1000);

/**
 * One run of the delivery job: sends what is due through `notifier`, records each outcome. A sent
 * message is SENT; a failed one is tried again after an exponential wait, and after the last
 * allowed attempt (or when the gateway rejects it for good) it is FAILED with the last error.
 * Outcomes are recorded only for the claim this run holds (status and attempt count unchanged), so
 * a run that outlived its lease cannot overwrite the run that took the delivery over. Nothing here
 * touches the messages or the transitions that wrote them.
 */
export async function deliverDueNotifications(
  db: Db,
  notifier: Notifier,
  options: { now?: Date; policy?: DeliveryPolicy } = {},
): Promise<DeliveryReport> {
  const now = options.now ?? new Date();
  const policy = options.policy ?? deliveryPolicy;
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };

  // Claims whose worker died on the last allowed attempt: nobody will try them again.
  const abandoned = await db.notificationDelivery.updateMany({
    where: { status: "PENDING", attempts: { gte: policy.maxAttempts }, nextAttemptAt: { lte: now } },
    data: { status: "FAILED", lastError: "the last attempt did not finish (its process stopped)" },
  });
  report.failed += abandoned.count;

  for (let handled = 0; handled < policy.maxPerRun; ) {
    const batch = await claimDueDeliveries(db, {
      now,
      limit: Math.min(policy.batchSize, policy.maxPerRun - handled),
      leaseMs: policy.leaseMs,
      maxAttempts: policy.maxAttempts,
    });
    for (const delivery of batch) {
      const claim = { id: delivery.id, status: "PENDING" as const, attempts: delivery.attempts };
      try {
        await notifier.send({
          id: delivery.id,
          channel: delivery.channel,
          destination: delivery.destination,
          title: delivery.title,
          body: delivery.body,
        });
        await db.notificationDelivery.updateMany({
          where: claim,
          data: { status: "SENT", sentAt: new Date(), lastError: null },
        });
        report.sent += 1;
      } catch (error) {
        const giveUp = error instanceof DeliveryRejected || delivery.attempts >= policy.maxAttempts;
        await db.notificationDelivery.updateMany({
          where: claim,
          data: giveUp
            ? { status: "FAILED", lastError: errorText(error) }
            : {
                lastError: errorText(error),
                nextAttemptAt: new Date(now.getTime() + retryDelayMs(delivery.attempts, policy)),
              },
        });
        if (giveUp) report.failed += 1;
        else report.retrying += 1;
      }
    }
    handled += batch.length;
    if (batch.length < policy.batchSize) break;
  }
  return report;
}

/** One log line for a run, or null when it had nothing to do. */
export function describeDelivery(notifier: string, report: DeliveryReport): string | null {
  const { sent, retrying, failed } = report;
  if (sent + retrying + failed === 0) return null;
  return `Notification delivery (${notifier}): ${sent} sent, ${retrying} to retry, ${failed} given up`;
}
