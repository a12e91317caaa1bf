import type { MouseEvent } from "react";
import { apiHref, type ExportName } from "../../lib/api/client";
import { saveFile } from "../../lib/save-file";

type Props = {
  /** e.g. "work-items": the API's export of that name */
  name: ExportName;
  /** The list's current filters and sort (paging is left out: the file has every row). */
  query: Record<string, string | number | undefined | null>;
};

/**
 * The no-server demo answers the API inside the page, through a service worker that lets
 * page navigations (which a download link is) go to the static server. There the file is
 * fetched like any API call and saved from the page instead.
 */
const inPageApi = import.meta.env.VITE_DEMO === "true";

async function fetchAndSave(href: string, fallbackName: string) {
  const response = await fetch(new URL(href, window.location.href), { credentials: "same-origin" });
  if (!response.ok) return;
  const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1];
  saveFile(await response.blob(), name ?? fallbackName);
}

const formats = [
  { extension: "csv", label: "Download CSV" },
  { extension: "xlsx", label: "Download Excel (XLSX)" },
] as const;

/**
 * Links that download the list as the server streams it, with the filters on screen: as CSV, and
 * as an Excel workbook with the same columns and rows (dates and money typed, header frozen).
 */
export function DownloadCsv({ name, query }: Props) {
  const { page: _page, pageSize: _size, ...filters } = query;
  return (
    <div className="form-actions">
      {formats.map(({ extension, label }) => {
        const href = apiHref(`/export/${name}.${extension}`, filters);
        const onClick = inPageApi
          ? (event: MouseEvent<HTMLAnchorElement>) => {
              event.preventDefault();
              void fetchAndSave(href, `${name}.${extension}`);
            }
          : undefined;
        return (
          <a key={extension} className="button button--secondary" href={href} download onClick={onClick}>
            {label}
          </a>
        );
      })}
    </div>
  );
}
