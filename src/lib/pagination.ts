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
