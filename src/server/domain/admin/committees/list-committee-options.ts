import "server-only";
import type { Db } from "@/server/db";

/** Every committee with its series, for drop-downs (a notice's committee must match its series). */
export async function listCommitteeOptions(db: Db) {
  return db.reviewCommittee.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, series: true } });
}
