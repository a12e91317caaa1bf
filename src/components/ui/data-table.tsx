import type { ReactNode } from "react";
import { ScrollRegion } from "./scroll-region";

export type DataColumn<TRow> = {
  header: string;
  /** The header for screen readers only, e.g. "Actions" over a column of buttons. */
  hideHeader?: boolean;
  cell: (row: TRow) => ReactNode;
};

type Props<TRow> = {
  /** Names the table for screen readers, e.g. "People, 120". */
  caption: string;
  columns: readonly DataColumn<TRow>[];
  rows: readonly TRow[];
};

/** A list's table: one row per item, one cell per column, in a box that scrolls when narrow. */
export function DataTable<TRow extends { id: string }>({ caption, columns, rows }: Props<TRow>) {
  return (
    <ScrollRegion label={caption}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col">
                {column.hideHeader ? <span className="visually-hidden">{column.header}</span> : column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              {columns.map((column) => (
                <td key={column.header}>{column.cell(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** A column of Delete buttons (header for screen readers only), each named for its row, e.g. "Delete the bursary for Ann". */
export function deleteColumn<TRow>(name: (row: TRow) => string, ask: (row: TRow) => void): DataColumn<TRow> {
  return {
    header: "Actions",
    hideHeader: true,
    cell: (row) => (
      <button type="button" className="button button--secondary" aria-label={name(row)} onClick={() => ask(row)}>
        Delete
      </button>
    ),
  };
}
