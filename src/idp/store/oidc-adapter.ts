import type { PGlite } from "@electric-sql/pglite";
import type { Adapter, AdapterFactory, AdapterPayload } from "oidc-provider";

type Row = { payload: AdapterPayload; consumed: boolean };

/**
 * oidc-provider's storage (sessions, grants, interactions, codes, tokens) in the platform's own
 * database (idp_oidc_model, src/idp/store/database.ts) instead of the library's in-memory
 * development adapter: a person signed in to the platform stays signed in, and the app's session
 * keeps its grant, when the platform restarts. One row per (model, id); expired rows are never
 * returned, and are swept when the platform starts.
 */
export function pgliteAdapter(db: PGlite): AdapterFactory {
  return (model: string): Adapter => {
    const findWhere = async (column: "id" | "uid" | "user_code", value: string) => {
      const { rows } = await db.query<Row>(
        `SELECT payload, consumed_at IS NOT NULL AS consumed FROM idp_oidc_model
          WHERE model = $1 AND ${column} = $2 AND (expires_at IS NULL OR expires_at > now())`,
        [model, value],
      );
      const row = rows[0];
      if (!row) return undefined;
      // The library reads `consumed` (a truthy value) to refuse a code used twice.
      return row.consumed ? { ...row.payload, consumed: true } : row.payload;
    };
    return {
      async upsert(id, payload, expiresIn) {
        await db.query(
          `INSERT INTO idp_oidc_model (model, id, payload, grant_id, uid, user_code, expires_at)
           VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7::int IS NULL THEN NULL ELSE now() + make_interval(secs => $7::int) END)
           ON CONFLICT (model, id) DO UPDATE SET payload = EXCLUDED.payload, grant_id = EXCLUDED.grant_id,
             uid = EXCLUDED.uid, user_code = EXCLUDED.user_code, expires_at = EXCLUDED.expires_at`,
          [
            model,
            id,
            JSON.stringify(payload),
            payload.grantId ?? null,
            payload.uid ?? null,
            payload.userCode ?? null,
            expiresIn ?? null,
          ],
        );
      },
      find: (id) => findWhere("id", id),
      findByUid: (uid) => findWhere("uid", uid),
      findByUserCode: (userCode) => findWhere("user_code", userCode),
      async consume(id) {
        await db.query("UPDATE idp_oidc_model SET consumed_at = now() WHERE model = $1 AND id = $2", [model, id]);
      },
      async destroy(id) {
        await db.query("DELETE FROM idp_oidc_model WHERE model = $1 AND id = $2", [model, id]);
      },
      async revokeByGrantId(grantId) {
        // A grant's revocation ends every token and code issued under it, whatever their model.
        await db.query("DELETE FROM idp_oidc_model WHERE grant_id = $1", [grantId]);
      },
    };
  };
}
