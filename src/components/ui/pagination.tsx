import { Button } from "./button";

/** 共 N 条 · 第 x / y 页, with previous/next buttons. */
export function Pagination({
  page,
  pageSize,
  total,
  onPageChange,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className="flex items-center justify-between gap-4 text-sm text-slate-600" aria-label="分页">
      <span>
        共 {total} 条 · 第 {Math.min(page, pages)} / {pages} 页
      </span>
      <span className="flex gap-2">
        <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
          上一页
        </Button>
        <Button variant="secondary" size="sm" disabled={page >= pages} onClick={() => onPageChange(page + 1)}>
          下一页
        </Button>
      </span>
    </nav>
  );
}
