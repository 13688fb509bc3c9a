import { Pagination } from "./pagination";
import { Table, TableMessage, TBody, THead, Th } from "./table";
import type { Paging } from "./use-list-state";

export type Column = { label: string; className?: string };

/**
 * A list page's table: header cells from `columns`, a loading or empty row until there are items,
 * one `renderRow` per item, and the pager under it once the first page has arrived
 * (with `pagerOnlyWhenPaged`, only when there is more than one page).
 */
export function PagedTable<T>({
  label,
  columns,
  data,
  emptyText,
  loadingText = "加载中…",
  renderRow,
  paging,
  pagerOnlyWhenPaged = false,
}: {
  label: string;
  columns: Column[];
  data: { items: T[]; total: number } | undefined;
  emptyText: string;
  loadingText?: string;
  renderRow: (item: T) => React.ReactNode;
  paging: Paging;
  pagerOnlyWhenPaged?: boolean;
}) {
  const showPager = data !== undefined && (!pagerOnlyWhenPaged || data.total > paging.pageSize);
  return (
    <>
      <Table label={label}>
        <THead>
          {columns.map((c) => (
            <Th key={c.label} className={c.className}>
              {c.label}
            </Th>
          ))}
        </THead>
        <TBody>
          {!data ? (
            <TableMessage colSpan={columns.length}>{loadingText}</TableMessage>
          ) : data.items.length === 0 ? (
            <TableMessage colSpan={columns.length}>{emptyText}</TableMessage>
          ) : (
            data.items.map(renderRow)
          )}
        </TBody>
      </Table>
      {showPager && (
        <Pagination page={paging.page} pageSize={paging.pageSize} total={data.total} onPageChange={paging.setPage} />
      )}
    </>
  );
}
