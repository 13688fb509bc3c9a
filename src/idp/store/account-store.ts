import { randomUUID } from "node:crypto";
import type { PGlite } from "@electric-sql/pglite";
import { hash, verify } from "@node-rs/argon2";
import { type Clock, systemClock } from "../clock";
import { openDatabase } from "./database";

export interface Account {
  /** Also the OIDC `sub`. */
  id: string;
  name: string;
  idCardNumber: string;
  mobile: string;
  createdAt: Date;
  /** When the password was last reset; null when never. Sign-ins from before it are over. */
  passwordChangedAt: Date | null;
}

export interface NewAccount {
  name: string;
  idCardNumber: string;
  mobile: string;
  password: string;
}

export interface AccountStore {
  createAccount(input: NewAccount & { id?: string }): Promise<Account>;
  /** Creates the account unless one with this 身份证号 exists; an existing one is returned untouched. */
  ensureAccount(input: NewAccount & { id?: string }): Promise<Account>;
  findById(id: string): Promise<Account | null>;
  /** `login` is a 身份证号 (any letter case) or a mobile number. */
  findByLogin(login: string): Promise<Account | null>;
  /**
   * Costs one argon2 verification whether or not there is an account, so the answer time does not
   * tell an unknown login from a wrong password.
   */
  verifyPassword(account: Account | null, password: string): Promise<boolean>;
  /** Sets a new password and records when, which ends every sign-in from before it. */
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
  created_at: Date;
  password_changed_at: Date | null;
}

const toAccount = (r: AccountRow): Account => ({
  id: r.id,
  name: r.name,
  idCardNumber: r.id_card_number,
  mobile: r.mobile,
  createdAt: r.created_at,
  passwordChangedAt: r.password_changed_at,
});

/** A login as stored and compared: 身份证号 upper-case (a trailing x), mobiles unchanged. */
export const normalizeLogin = (v: string) => v.trim().toUpperCase();

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

  // Verified against when there is no account; hashed once, with the same parameters as real hashes.
  let dummyHash: Promise<string> | undefined;
  const dummy = () => {
    dummyHash ??= hash(randomUUID());
    return dummyHash;
  };

  const one = async (sql: string, params: unknown[]) => {
    const row = (await db.query<AccountRow>(sql, params)).rows[0];
    return row ? toAccount(row) : null;
  };

  const store: AccountStore = {
    async createAccount(input) {
      const idCardNumber = normalizeLogin(input.idCardNumber);
      const mobile = input.mobile.trim();
      // Hashed first, so a registration that meets an existing account takes as long as one that does not.
      const passwordHash = await hash(input.password);
      // Checked up front to name the field; the UNIQUE constraints remain the real guard.
      if (await one("SELECT * FROM idp_account WHERE id_card_number = $1", [idCardNumber]))
        throw new DuplicateAccountError("idCardNumber");
      if (await one("SELECT * FROM idp_account WHERE mobile = $1", [mobile])) throw new DuplicateAccountError("mobile");
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
        normalizeLogin(input.idCardNumber),
      ]);
      return existing ?? store.createAccount(input);
    },

    findById: (id) => one("SELECT * FROM idp_account WHERE id::text = $1", [id]),

    findByLogin(login) {
      const value = login.trim();
      if (!value) return Promise.resolve(null);
      return one("SELECT * FROM idp_account WHERE id_card_number = $1 OR mobile = $2", [normalizeLogin(value), value]);
    },

    async verifyPassword(account, password) {
      const stored = account ? await passwordHashOf(account.id) : undefined;
      const matches = await verify(stored ?? (await dummy()), password);
      return Boolean(stored) && matches;
    },

    async setPassword(accountId, password) {
      const passwordHash = await hash(password);
      // The system clock, not `clock`: the provider's sign-in times it is compared with follow it.
      await db.query("UPDATE idp_account SET password_hash = $2, password_changed_at = now() WHERE id = $1", [
        accountId,
        passwordHash,
      ]);
    },

    async close() {
      if (ownsDatabase && !db.closed) await db.close();
    },
  };
  return store;
}
