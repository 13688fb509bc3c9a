import { z } from "zod";
import { safeText } from "@/lib/validation/text";

/** Page-number pagination shared by every admin list; pageSize is capped so no request reads a whole table. */
export const pageFields = {
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
};

export const searchTooLong = "查询条件不能超过100个字";

/** Free-text search box, held to the text rule like any field; blank means "no filter". */
export const searchField = safeText()
  .trim()
  .max(100, searchTooLong)
  .optional()
  .transform((v) => v || undefined);

export type PageInput = { page: number; pageSize: number };

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
