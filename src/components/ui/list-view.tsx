import type { UseQueryResult } from "@tanstack/react-query";
import { type ComponentProps, type ReactNode, useDeferredValue } from "react";
import { Pagination } from "./pagination";
import { EmptyState, ErrorState, LoadingState } from "./states";

type QueryStates = {
  /** What the loading status says, e.g. "Loading people…"; null shows nothing while loading. */
  loading: string | null;
  /** The error's title, e.g. "People could not be loaded." (with a "Try again" button). */
  error: string;
  /** Show the error's own message under the title. */
  errorDetail?: boolean;
  /** The empty message's title, e.g. "No people yet." */
  empty?: string;
  /** A line under the empty message, e.g. what to try next. */
  emptyHint?: string;
};

type QueryViewProps<TData> = QueryStates & {
  query: UseQueryResult<TData>;
  /** While loading, keep the space of a table this many rows long (see LoadingState). */
  reserveRows?: number | undefined;
  /**
   * Something else the view shows is still loading (e.g. the team names in a table's cells): it
   * waits for it, rather than appearing and then changing shape as the names arrive.
   */
  waitFor?: boolean | undefined;
  /** When the data counts as nothing to show (then `empty` is shown). */
  isEmpty?: (data: TData) => boolean;
  children: (data: TData) => ReactNode;
};

/**
 * One query's states: loading, error (with retry), empty, or the data. The data is marked
 * busy while it refreshes, and dimmed while it is the previous page's placeholder.
 */
export function QueryView<TData>({
  query,
  loading,
  error,
  errorDetail = false,
  empty = "",
  emptyHint,
  isEmpty,
  reserveRows,
  waitFor = false,
  children,
}: QueryViewProps<TData>) {
  // The data is drawn in a deferred render, which React splits into short slices: a page of rows
  // arriving does not hold the main thread in one long task. Until then, it is still loading.
  const data = useDeferredValue(waitFor ? undefined : query.data);
  if (query.isPending || (data === undefined && !query.isError))
    return loading === null ? null : <LoadingState label={loading} rows={reserveRows} />;
  if (query.isError) {
    return (
      <ErrorState
        title={error}
        detail={errorDetail ? query.error.message : undefined}
        onRetry={() => void query.refetch()}
      />
    );
  }
  if (data === undefined) return null;
  if (isEmpty?.(data)) return <Empty title={empty} hint={emptyHint} />;
  return (
    <div aria-busy={query.isFetching} className={query.isPlaceholderData ? "is-stale" : undefined}>
      {children(data)}
    </div>
  );
}

function Empty({ title, hint }: { title: string; hint: string | undefined }) {
  return <EmptyState title={title}>{hint ? <p>{hint}</p> : null}</EmptyState>;
}

/** A page of a list, as every list endpoint returns it. */
export type ListPage<TItem> = { items: TItem[]; total: number; page: number };

type ListViewProps<TItem> = QueryStates & {
  query: UseQueryResult<ListPage<TItem>>;
  empty: string;
  /**
   * Why the filters cannot match anything (e.g. a start-date range that ends before it
   * begins): shown under the empty message, and the query is not waited for.
   */
  unmatchable?: string;
  /** The pages under the table; `page` and `total` come from the list. */
  pagination: Omit<ComponentProps<typeof Pagination>, "page" | "total">;
  /** Something else the table shows is still loading (see QueryView). */
  waitFor?: boolean;
  /** The table for one page of the list. */
  children: (list: ListPage<TItem>) => ReactNode;
};

/**
 * A list page's body: loading, error, empty, or the table with its pages. While loading, it keeps
 * the space of a full page of rows, so the rows arriving do not move anything.
 */
export function ListView<TItem>({
  query,
  unmatchable,
  pagination,
  waitFor = false,
  children,
  ...states
}: ListViewProps<TItem>) {
  if (unmatchable) return <Empty title={states.empty} hint={unmatchable} />;
  return (
    <QueryView
      query={query}
      isEmpty={(list) => list.total === 0}
      reserveRows={pagination.pageSize}
      waitFor={waitFor}
      {...states}
    >
      {(list) => (
        <>
          {children(list)}
          <Pagination {...pagination} page={list.page} total={list.total} />
        </>
      )}
    </QueryView>
  );
}
