import "server-only";
import type { Db } from "@/server/db";

/**
 * After a close, rewrites the open-vote table into a new file (VACUUM FULL) so the deleted rows —
 * the only ones that ever joined an expert to a choice — are gone from the database's files, not
 * merely invisible until a later vacuum. It cannot run inside the close's transaction; it takes the
 * table's lock for the few milliseconds a small table needs, and a failure (say, a database user
 * that does not own the table) is logged and leaves the close intact. What remains outside the
 * table's files is described in the README (无记名投票).
 */
export async function eraseOpenVoteRemains(db: Db): Promise<void> {
  try {
    await db.$executeRawUnsafe(`VACUUM FULL "OpenVote"`);
  } catch (error) {
    console.error(JSON.stringify({ event: "ballot.vacuum_failed", error: String(error) }));
  }
}
