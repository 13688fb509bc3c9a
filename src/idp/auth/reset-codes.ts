import { randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import type { Clock } from "../clock";
import { BoundedMap } from "./bounded-map";

export const RESET_CODE_TTL_MS = 10 * 60_000;
export const RESET_CODE_MAX_ATTEMPTS = 5;

interface Ticket {
  /** Absent for a login that names no account: the ticket only plays its part (see issue()). */
  accountId?: string;
  code: string;
  expiresAt: number;
  wrongAttempts: number;
}

export type ResetCodeCheck =
  | { status: "ok"; accountId: string }
  | { status: "missing" | "expired" | "exhausted" }
  | { status: "wrong"; attemptsLeft: number };

/**
 * SMS codes for password recovery. The browser holds an opaque ticket naming the pending reset;
 * the code itself only travels by "SMS".
 */
export class ResetCodeStore {
  private readonly tickets = new BoundedMap<string, Ticket>(10_000);

  constructor(private readonly clock: Clock) {}

  /**
   * A new code replaces any earlier one for the same account. Without an account the ticket still
   * exists and counts wrong codes like a real one, but no code can ever succeed, and none is sent:
   * so the recovery pages behave the same whether or not the account exists.
   */
  issue(accountId: string | undefined): { ticket: string; code: string } {
    if (accountId) for (const [id, t] of this.tickets) if (t.accountId === accountId) this.tickets.delete(id);
    const ticket = randomBytes(24).toString("base64url");
    const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
    this.tickets.set(ticket, { accountId, code, expiresAt: this.clock() + RESET_CODE_TTL_MS, wrongAttempts: 0 });
    return { ticket, code };
  }

  exists(ticket: string): boolean {
    return this.tickets.has(ticket);
  }

  /** A correct code is consumed; wrong ones count toward the per-code limit. */
  check(ticket: string, code: string): ResetCodeCheck {
    const entry = this.tickets.get(ticket);
    if (!entry) return { status: "missing" };
    if (entry.expiresAt <= this.clock()) {
      this.tickets.delete(ticket);
      return { status: "expired" };
    }
    if (entry.wrongAttempts >= RESET_CODE_MAX_ATTEMPTS) return { status: "exhausted" };
    const given = Buffer.from(code.trim());
    const expected = Buffer.from(entry.code);
    if (entry.accountId && given.length === expected.length && timingSafeEqual(given, expected)) {
      this.tickets.delete(ticket);
      return { status: "ok", accountId: entry.accountId };
    }
    entry.wrongAttempts += 1;
    const attemptsLeft = RESET_CODE_MAX_ATTEMPTS - entry.wrongAttempts;
    if (attemptsLeft === 0) {
      this.tickets.delete(ticket);
      return { status: "exhausted" };
    }
    return { status: "wrong", attemptsLeft };
  }
}
