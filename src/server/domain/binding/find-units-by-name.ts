import "server-only";
import { bindingMessages } from "@/lib/binding/messages";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";

/**
 * Names are registered with full-width brackets, 吉林省某某研究院（有限公司）, and often typed with
 * half-width ones: both spellings are looked up, each as a whole name.
 */
function spellings(name: string): string[] {
  const fullWidth = name.replace(/\(/g, "（").replace(/\)/g, "）");
  const halfWidth = name.replace(/（/g, "(").replace(/）/g, ")");
  return [...new Set([name, fullWidth, halfWidth])];
}

/** Registered names are not unique; the few units sharing one are told apart by their codes. */
const MAX_SAME_NAME = 5;

/**
 * 按单位全称查询: the registered units whose name is exactly `name` (the schema has trimmed it),
 * for an applicant who does not know the 统一社会信用代码. Only a whole name matches, never a part
 * of one, so nobody can list the unit directory through this; the applicant goes on with the code
 * it shows, through the same 查询 as everyone else.
 */
export async function findUnitsByName(db: Db, name: string) {
  const units = await db.unit.findMany({
    where: { name: { in: spellings(name) } },
    orderBy: { creditCode: "asc" },
    take: MAX_SAME_NAME,
    select: { name: true, creditCode: true, department: { select: { name: true } } },
  });
  if (units.length === 0) throw new AppError("NOT_FOUND", bindingMessages.unitNameNotFound, { field: "name" });
  return units;
}
