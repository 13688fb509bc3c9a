import { randomUUID } from "node:crypto";
import type { PGlite } from "@electric-sql/pglite";
import { hash, verify } from "@node-rs/argon2";
import { type Clock, systemClock } from "../clock";
import { openDatabase } from "./database";

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export interface Account {
  /** Also the OIDC `sub`. */
  id: string;
  name: string;
  idCardNumber: string;
  mobile: string;
  failedLoginCount: number;
  lockedUntil: Date | null;
  createdAt: Date;
}

export interface NewAccount {
  name: string;
  idCardNumber: string;
  mobile: string;
  password: string;
}

export interface LockState {
  locked: boolean;
  /** Whole minutes left, rounded up, so the page never says "0 minutes". */
  minutesLeft: number;
}

export interface FailedLoginResult extends LockState {
  attemptsLeft: number;
}

export interface AccountStore {
  createAccount(input: NewAccount & { id?: string }): Promise<Account>;
  /** Creates the account unless one with this 身份证号 exists; an existing one is returned untouched. */
  ensureAccount(input: NewAccount & { id?: string }): Promise<Account>;
  findById(id: string): Promise<Account | null>;
  /** `login` is a 身份证号 (any letter case) or a mobile number. */
  findByLogin(login: string): Promise<Account | null>;
  verifyPassword(account: Account, password: string): Promise<boolean>;
  lockState(account: Account): LockState;
  recordFailedLogin(accountId: string): Promise<FailedLoginResult>;
  recordSuccessfulLogin(accountId: string): Promise<void>;
  /** Replaces the password and lifts any lockout. */
  setPassword(accountId: string, password: string): Promise<void>;
  close(): Promise<void>;
}

export class DuplicateAccountError extends Error {
  override name = "DuplicateAccountError";
  constructor(readonly field: "idCardNumber" | "mobile") {
    super(field === "idCardNumber" ? "该身份证号已注册" : "该手机号已注册");
  }
}

interface AccountRow {
  id: string;
  name: string;
  id_card_number: string;
  mobile: string;
  password_hash: string;
  failed_login_count: number;
  locked_until: Date | null;
  created_at: Date;
}

const toAccount = (r: AccountRow): Account => ({
  id: r.id,
  name: r.name,
  idCardNumber: r.id_card_number,
  mobile: r.mobile,
  failedLoginCount: r.failed_login_count,
  lockedUntil: r.locked_until,
  createdAt: r.created_at,
});

const normalizeIdCard = (v: string) => v.trim().toUpperCase();

export interface AccountStoreOptions {
  clock?: Clock;
}

/** Opens the store on its own database; close() releases the data folder for other processes. */
export async function openAccountStore(dataDir: string, options: AccountStoreOptions = {}): Promise<AccountStore> {
  const db = await openDatabase(dataDir);
  return createAccountStore(db, { ...options, ownsDatabase: true });
}

export function createAccountStore(
  db: PGlite,
  { clock = systemClock, ownsDatabase = false }: AccountStoreOptions & { ownsDatabase?: boolean } = {},
): AccountStore {
  // Password checks go through here too, so a missing row and a stale Account object behave alike.
  const passwordHashOf = async (id: string) =>
    (await db.query<{ password_hash: string }>("SELECT password_hash FROM idp_account WHERE id = $1", [id])).rows[0]
      ?.password_hash;

  const one = async (sql: string, params: unknown[]) => {
    const row = (await db.query<AccountRow>(sql, params)).rows[0];
    return row ? toAccount(row) : null;
  };

  const store: AccountStore = {
    async createAccount(input) {
      const idCardNumber = normalizeIdCard(input.idCardNumber);
      const mobile = input.mobile.trim();
      // Checked up front for a precise message; the UNIQUE constraints remain the real guard.
      if (await one("SELECT * FROM idp_account WHERE id_card_number = $1", [idCardNumber]))
        throw new DuplicateAccountError("idCardNumber");
      if (await one("SELECT * FROM idp_account WHERE mobile = $1", [mobile])) throw new DuplicateAccountError("mobile");
      const passwordHash = await hash(input.password);
      try {
        const created = await one(
          `INSERT INTO idp_account (id, name, id_card_number, mobile, password_hash, created_at)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
          [input.id ?? randomUUID(), input.name.trim(), idCardNumber, mobile, passwordHash, new Date(clock())],
        );
        if (!created) throw new Error("INSERT returned no row");
        return created;
      } catch (error) {
        if ((error as { code?: string }).code === "23505") {
          const byCard = await one("SELECT * FROM idp_account WHERE id_card_number = $1", [idCardNumber]);
          throw new DuplicateAccountError(byCard ? "idCardNumber" : "mobile");
        }
        throw error;
      }
    },

    async ensureAccount(input) {
      const existing = await one("SELECT * FROM idp_account WHERE id_card_number = $1", [
        normalizeIdCard(input.idCardNumber),
      ]);
      return existing ?? store.createAccount(input);
    },

    findById: (id) => one("SELECT * FROM idp_account WHERE id::text = $1", [id]),

    findByLogin(login) {
      const value = login.trim();
      if (!value) return Promise.resolve(null);
      return one("SELECT * FROM idp_account WHERE id_card_number = $1 OR mobile = $2", [normalizeIdCard(value), value]);
    },

    async verifyPassword(account, password) {
      const stored = await passwordHashOf(account.id);
      if (!stored || !password) return false;
      return verify(stored, password);
    },

    lockState(account) {
      const remaining = account.lockedUntil ? account.lockedUntil.getTime() - clock() : 0;
      return remaining > 0
        ? { locked: true, minutesLeft: Math.ceil(remaining / 60_000) }
        : { locked: false, minutesLeft: 0 };
    },

    async recordFailedLogin(accountId) {
      const lockUntil = new Date(clock() + LOCK_MINUTES * 60_000);
      // One statement, so concurrent failures cannot lose an increment; the counter restarts once the lock is set.
      const row = (
        await db.query<{ failed_login_count: number; locked_until: Date | null; just_locked: boolean }>(
          `UPDATE idp_account SET
             failed_login_count = CASE WHEN failed_login_count + 1 >= $2 THEN 0 ELSE failed_login_count + 1 END,
             locked_until = CASE WHEN failed_login_count + 1 >= $2 THEN $3 ELSE locked_until END
           WHERE id = $1
           RETURNING failed_login_count, locked_until, (locked_until = $3) AS just_locked`,
          [accountId, MAX_FAILED_LOGINS, lockUntil],
        )
      ).rows[0];
      if (row?.just_locked) return { locked: true, minutesLeft: LOCK_MINUTES, attemptsLeft: 0 };
      return { locked: false, minutesLeft: 0, attemptsLeft: MAX_FAILED_LOGINS - (row?.failed_login_count ?? 0) };
    },

    async recordSuccessfulLogin(accountId) {
      await db.query("UPDATE idp_account SET failed_login_count = 0, locked_until = NULL WHERE id = $1", [accountId]);
    },

    async setPassword(accountId, password) {
      const passwordHash = await hash(password);
      await db.query(
        "UPDATE idp_account SET password_hash = $2, failed_login_count = 0, locked_until = NULL WHERE id = $1",
        [accountId, passwordHash],
      );
    },

    async close() {
      if (ownsDatabase && !db.closed) await db.close();
    },
  };
  return store;
}
