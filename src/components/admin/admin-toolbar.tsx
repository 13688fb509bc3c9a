import { Button } from "@/components/ui/button";
import { SearchBox, type SearchBoxProps } from "@/components/ui/search-box";

/**
 * The bar above an admin list: the search box (with any filters `before`/`after` it) on the left,
 * the 「新增…」 button on the right.
 */
export function AdminToolbar({
  search,
  before,
  after,
  createLabel,
  onCreate,
}: {
  search: SearchBoxProps;
  before?: React.ReactNode;
  after?: React.ReactNode;
  createLabel: string;
  onCreate: () => void;
}) {
  const box = <SearchBox {...search} />;
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      {before || after ? (
        <div className="flex flex-wrap items-center gap-3">
          {before}
          {box}
          {after}
        </div>
      ) : (
        box
      )}
      <Button onClick={onCreate}>{createLabel}</Button>
    </div>
  );
}
