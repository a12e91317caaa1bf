import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DownloadCsv } from "./download-csv";

const hrefOf = (name: string) => new URL(screen.getByRole("link", { name }).getAttribute("href") ?? "", "http://x");

describe("DownloadCsv", () => {
  it("offers the list as CSV and as an Excel workbook, with the same filters and sort and no paging", () => {
    render(
      <DownloadCsv name="people" query={{ perspective: "carer", sort: "-name", page: 3, pageSize: 50, search: "" }} />,
    );
    const csv = hrefOf("Download CSV");
    const xlsx = hrefOf("Download Excel (XLSX)");
    expect(csv.pathname).toBe("/api/export/people.csv");
    expect(xlsx.pathname).toBe("/api/export/people.xlsx");
    expect(Object.fromEntries(xlsx.searchParams)).toEqual(Object.fromEntries(csv.searchParams));
    expect(Object.fromEntries(csv.searchParams)).toEqual({ perspective: "carer", sort: "-name" });
    for (const name of ["Download CSV", "Download Excel (XLSX)"])
      expect(screen.getByRole("link", { name })).toHaveAttribute("download");
  });
});
