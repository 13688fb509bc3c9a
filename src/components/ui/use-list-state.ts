"use client";

import { useCallback, useState } from "react";

/**
 * The state behind a paged, filtered list: the filters (search text included), the page,
 * and `queryInput` to hand to the list query. Changing a filter goes back to page 1.
 */
export function useListState<F extends object>(pageSize: number, initialFilters: F) {
  const [filters, setFilters] = useState<F>(initialFilters);
  const [page, setPage] = useState(1);
  const filterBy = useCallback((patch: Partial<F>) => {
    setFilters((current) => ({ ...current, ...patch }));
    setPage(1);
  }, []);
  return { filters, filterBy, page, setPage, pageSize, queryInput: { ...filters, page, pageSize } };
}

/** What a pager needs from useListState. */
export type Paging = { page: number; pageSize: number; setPage: (page: number) => void };
