import type { UseQueryResult } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { type ListPage, ListView } from "./list-view";

type Row = { id: string; name: string };

/** Just the parts of a query result that ListView reads. */
const query = (state: Partial<UseQueryResult<ListPage<Row>>>) =>
  ({ isPending: false, isError: false, isFetching: false, isPlaceholderData: false, ...state }) as UseQueryResult<
    ListPage<Row>
  >;

const view = (result: UseQueryResult<ListPage<Row>>, unmatchable?: string) => (
  <ListView
    query={result}
    unmatchable={unmatchable}
    loading="Loading rows…"
    error="Rows could not be loaded."
    errorDetail
    empty="No rows yet."
    emptyHint="Add one."
    pagination={{ label: "Pages of rows", pageSize: 2, onPage: () => {} }}
  >
    {(list) => (
      <ul aria-label="Rows">
        {list.items.map((row) => (
          <li key={row.id}>{row.name}</li>
        ))}
      </ul>
    )}
  </ListView>
);

describe("ListView", () => {
  it("says it is loading, then shows an error with its detail and a retry", async () => {
    const { rerender } = render(view(query({ isPending: true })));
    expect(screen.getByRole("status")).toHaveTextContent("Loading rows…");

    const refetch = vi.fn();
    rerender(view(query({ isError: true, error: new Error("Server said no"), refetch } as never)));
    expect(screen.getByRole("alert")).toHaveTextContent("Rows could not be loaded.Server said no");
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(refetch).toHaveBeenCalled();
  });

  it("shows the empty message with its hint, or why the filters cannot match", () => {
    const { rerender } = render(view(query({ data: { items: [], total: 0, page: 1 } })));
    expect(screen.getByText("No rows yet.")).toBeInTheDocument();
    expect(screen.getByText("Add one.")).toBeInTheDocument();

    rerender(view(query({ isPending: true }), "The range ends before it begins."));
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
    expect(screen.getByText("The range ends before it begins.")).toBeInTheDocument();
  });

  it("shows a page of the list with its pages, marked busy while it refreshes", () => {
    const data = { items: [{ id: "a", name: "Ann" }], total: 3, page: 2 };
    render(view(query({ data, isFetching: true, isPlaceholderData: true })));
    expect(screen.getByRole("list", { name: "Rows" })).toHaveTextContent("Ann");
    expect(screen.getByRole("navigation", { name: "Pages of rows" })).toHaveTextContent(
      "Showing 3–3 of 3 · Page 2 of 2",
    );
    expect(screen.getByRole("list", { name: "Rows" }).parentElement).toHaveAttribute("aria-busy", "true");
  });
});
