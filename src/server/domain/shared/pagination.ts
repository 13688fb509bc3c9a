import "server-only";
import type { Page, PageInput } from "@/lib/pagination";

export function pageWindow({ page, pageSize }: PageInput) {
  return { skip: (page - 1) * pageSize, take: pageSize };
}

/** Runs the page query and the count together and wraps them in the shape every list returns. */
export async function paged<T>(input: PageInput, items: Promise<T[]>, total: Promise<number>): Promise<Page<T>> {
  const [rows, count] = await Promise.all([items, total]);
  return { items: rows, total: count, page: input.page, pageSize: input.pageSize };
}
