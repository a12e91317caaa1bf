import { toQuery } from "../../lib/api-client";

type Props = {
  /** e.g. "work-items": served at /api/export/work-items.csv */
  name: string;
  /** The list's current filters and sort (paging is left out: the file has every row). */
  query: Record<string, string | number | undefined | null>;
};

/** A link that downloads the list as the server streams it, with the filters on screen. */
export function DownloadCsv({ name, query }: Props) {
  const { page: _page, pageSize: _size, ...filters } = query;
  return (
    <a className="button button--secondary" href={`/api/export/${name}.csv${toQuery(filters)}`} download>
      Download CSV
    </a>
  );
}
