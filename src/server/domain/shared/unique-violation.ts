import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/server/errors";

/** A unique key, named both ways because drivers report it differently (PGlite: columns; pg: index name). */
export type UniqueKey = { model: string; column: string; index: string };

/** True when `error` is the database refusing a duplicate on `key`. */
export function isUniqueViolation(error: unknown, key: UniqueKey): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  const meta = (error.meta ?? {}) as {
    modelName?: string;
    target?: string[] | string;
    driverAdapterError?: { cause?: { constraint?: { fields?: string[]; index?: string } } };
  };
  if (meta.modelName && meta.modelName !== key.model) return false;
  const constraint = meta.driverAdapterError?.cause?.constraint;
  if (constraint?.index) return constraint.index === key.index;
  const columns = constraint?.fields ?? [meta.target ?? []].flat();
  return columns.some((c) => c.replaceAll('"', "") === key.column);
}

type UniqueRule = UniqueKey & { field: string; message: string };

/**
 * Runs `work` and turns the database's unique violation into a message at the form field.
 * Uniqueness is left to the database rather than checked by a prior read, so two admins saving
 * the same value at once still get the friendly message instead of a duplicate row.
 */
export async function explainUniqueViolation<T>(work: Promise<T>, ...rules: UniqueRule[]): Promise<T> {
  try {
    return await work;
  } catch (error) {
    const rule = rules.find((r) => isUniqueViolation(error, r));
    if (rule) throw new AppError("CONFLICT", rule.message, { field: rule.field, reason: "ALREADY_EXISTS" });
    throw error;
  }
}
