import "server-only";
import type { Db } from "@/server/db";

/** Registered units to pick an expert's 工作单位 from. */
export function listUnitOptions(db: Db) {
  return db.unit.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
