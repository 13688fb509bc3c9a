import "server-only";
import type { Db } from "@/server/db";

/** Every department, for drop-downs: the list is short (one per competent authority). */
export async function listDepartmentOptions(db: Db) {
  return db.department.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
