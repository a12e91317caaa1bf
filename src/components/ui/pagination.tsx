import { useId } from "react";

type Props = {
  /** Names the navigation landmark, e.g. "Pages of planned work". */
  label: string;
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  /** Offer a choice of page size (with the default marked). */
  pageSizes?: { sizes: readonly number[]; defaultSize: number; onChange: (size: number) => void };
};

export function Pagination({ label, page, pageSize, total, onPage, pageSizes }: Props) {
  const id = useId();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label={label}>
      <p>
        Showing {first}–{last} of {total} · Page {Math.min(page, pages)} of {pages}
      </p>
      <div className="pagination__controls">
        <button
          type="button"
          className="button button--secondary"
          disabled={page <= 1}
          onClick={() => onPage(page - 1)}
        >
          Previous page
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={page >= pages}
          onClick={() => onPage(page + 1)}
        >
          Next page
        </button>
        {pageSizes ? (
          <>
            <label htmlFor={`${id}-size`}>Rows per page</label>
            <select
              id={`${id}-size`}
              value={pageSize}
              onChange={(event) => pageSizes.onChange(Number(event.target.value))}
            >
              {pageSizes.sizes.map((size) => (
                <option key={size} value={size}>
                  {size}
                  {size === pageSizes.defaultSize ? " (default)" : ""}
                </option>
              ))}
            </select>
          </>
        ) : null}
      </div>
    </nav>
  );
}
