import { randomBytes } from "node:crypto";
import type { Clock } from "../clock";
import { BoundedMap } from "./bounded-map";

export const QR_TTL_MS = 2 * 60_000;
// A confirmed token may still be redeemed briefly after the QR itself would have expired.
const REDEEM_GRACE_MS = 60_000;

export type QrStatus = "pending" | "scanned" | "confirmed" | "cancelled" | "expired" | "used";

/** The browser that showed the QR, as the phone is told before it confirms. */
export interface QrRequester {
  userAgent: string;
  address: string;
}

interface QrToken {
  token: string;
  uid: string;
  requester: QrRequester;
  createdAt: number;
  expiresAt: number;
  status: Exclude<QrStatus, "expired">;
  accountId?: string;
  confirmedAt?: number;
}

/** QR sign-in tokens: shown on the login page of one interaction, confirmed from a second device. */
export class QrTokenStore {
  private readonly tokens = new BoundedMap<string, QrToken>(10_000);
  private latestToken: QrToken | undefined;

  constructor(private readonly clock: Clock) {}

  create(uid: string, requester: QrRequester): QrToken {
    const now = this.clock();
    const entry: QrToken = {
      token: randomBytes(24).toString("base64url"),
      uid,
      requester,
      createdAt: now,
      expiresAt: now + QR_TTL_MS,
      status: "pending",
    };
    this.tokens.set(entry.token, entry);
    this.latestToken = entry;
    return entry;
  }

  status(token: string): QrStatus {
    const entry = this.tokens.get(token);
    if (!entry) return "expired";
    const open = entry.status === "pending" || entry.status === "scanned";
    return open && entry.expiresAt <= this.clock() ? "expired" : entry.status;
  }

  /** Who asked for this sign-in and when, while the token is open. */
  request(token: string): { requester: QrRequester; createdAt: number } | undefined {
    const entry = this.tokens.get(token);
    return entry && { requester: entry.requester, createdAt: entry.createdAt };
  }

  /** The confirm page was opened: lets the login page say 「已扫码」. */
  markScanned(token: string): QrStatus {
    const status = this.status(token);
    const entry = this.tokens.get(token);
    if (entry && status === "pending") entry.status = "scanned";
    return this.status(token);
  }

  confirm(token: string, accountId: string): boolean {
    const entry = this.tokens.get(token);
    const status = this.status(token);
    if (!entry || (status !== "pending" && status !== "scanned")) return false;
    entry.status = "confirmed";
    entry.accountId = accountId;
    entry.confirmedAt = this.clock();
    return true;
  }

  cancel(token: string): boolean {
    const entry = this.tokens.get(token);
    const status = this.status(token);
    if (!entry || (status !== "pending" && status !== "scanned")) return false;
    entry.status = "cancelled";
    return true;
  }

  /** Single use: returns the confirmed account once, and only to the interaction that showed the QR. */
  redeem(token: string, uid: string): string | undefined {
    const entry = this.tokens.get(token);
    if (!entry || entry.uid !== uid || entry.status !== "confirmed" || !entry.accountId) return undefined;
    if ((entry.confirmedAt ?? 0) + REDEEM_GRACE_MS < this.clock()) return undefined;
    entry.status = "used";
    return entry.accountId;
  }

  /** For the test hook only. */
  latest(): { token: string; uid: string } | undefined {
    return this.latestToken && { token: this.latestToken.token, uid: this.latestToken.uid };
  }
}
