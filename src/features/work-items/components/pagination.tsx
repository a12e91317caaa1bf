import { useId } from "react";
import { defaultPageSize, pageSizes } from "../list-search";

type Props = {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
};

export function Pagination({ page, pageSize, total, onPage, onPageSize }: Props) {
  const id = useId();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label="Pages of planned work">
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
        <label htmlFor={`${id}-size`}>Rows per page</label>
        <select id={`${id}-size`} value={pageSize} onChange={(event) => onPageSize(Number(event.target.value))}>
          {pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
              {size === defaultPageSize ? " (default)" : ""}
            </option>
          ))}
        </select>
      </div>
    </nav>
  );
}
