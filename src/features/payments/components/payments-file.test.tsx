import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp, signInAs } from "../../../../tests/setup/render-app";

describe("Download payments file (Events page)", () => {
  it("offers the events team the file as CSV and XLSX, for the due dates chosen", async () => {
    await signInAs("events@example.org");
    const { user } = renderApp("/events");
    const section = await screen.findByRole("region", { name: "Download payments file" }, { timeout: 10_000 });
    const csv = within(section).getByRole("link", { name: "Download CSV" });
    expect(csv).toHaveAttribute("href", "/api/export/payments.csv");
    expect(within(section).getByRole("link", { name: "Download Excel (XLSX)" })).toHaveAttribute(
      "href",
      "/api/export/payments.xlsx",
    );
    const range = within(section).getByRole("group", { name: "Date due" });
    await user.type(within(range).getByLabelText("From"), "2026-10-01");
    await user.type(within(range).getByLabelText("To"), "2026-10-31");
    expect(within(section).getByRole("link", { name: "Download CSV" })).toHaveAttribute(
      "href",
      "/api/export/payments.csv?from=2026-10-01&to=2026-10-31",
    );
  });

  it("is not offered to a lead, who may not download it", async () => {
    await signInAs("lead@example.org");
    renderApp("/events");
    expect(await screen.findByRole("heading", { level: 1, name: "Events" }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Download payments file" })).not.toBeInTheDocument();
  });
});
