import { z } from "zod";

/** Page-number pagination shared by every admin list; pageSize is capped so no request reads a whole table. */
export const pageFields = {
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
};

/** Free-text search box; blank means "no filter". */
export const searchField = z
  .string()
  .trim()
  .max(100)
  .optional()
  .transform((v) => v || undefined);

export type PageInput = { page: number; pageSize: number };

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export function pageWindow({ page, pageSize }: PageInput) {
  return { skip: (page - 1) * pageSize, take: pageSize };
}

/** Runs the page query and the count together and wraps them in the shape every list returns. */
export async function paged<T>(input: PageInput, items: Promise<T[]>, total: Promise<number>): Promise<Page<T>> {
  const [rows, count] = await Promise.all([items, total]);
  return { items: rows, total: count, page: input.page, pageSize: input.pageSize };
}
