import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { apiJson, currentUrl, renderApp, signInAs } from "../../../../tests/setup/render-app";

describe("Feedback and actions", () => {
  it("lists open actions overdue first, and closes one with the date we told them back", async () => {
    await signInAs("lead@example.org");
    const open = await apiJson<{ items: { id: string; overdue: boolean; summary: string }[] }>(
      "/feedback?actions=open&pageSize=100",
    );
    const first = open.items[0] as { id: string; overdue: boolean };
    const { user, history } = renderApp("/feedback");
    expect(await screen.findByRole("heading", { name: "Feedback and actions" })).toBeInTheDocument();
    const table = await screen.findByRole("table");
    const rows = within(table).getAllByRole("row").slice(1);
    const overdueRows = rows.map((row) => row.textContent?.includes("Overdue") ?? false);
    expect(overdueRows.indexOf(false) === -1 || overdueRows.slice(overdueRows.indexOf(false)).every((o) => !o)).toBe(
      true,
    );

    await user.click(within(rows[0] as HTMLElement).getByRole("link"));
    await waitFor(() => expect(currentUrl(history)).toBe(`/feedback/${first.id}`));
    const status = await screen.findByLabelText("Action status");
    await user.selectOptions(status, "done");
    await user.type(screen.getByLabelText("Told them back on"), "2026-11-27");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Saved the feedback.")).toBeInTheDocument();

    const stored = await apiJson<{ actionStatus: string; toldBackOn: string; overdue: boolean }>(
      `/feedback/${first.id}`,
    );
    expect(stored).toMatchObject({ actionStatus: "done", toldBackOn: "2026-11-27", overdue: false });
    const after = await apiJson<{ items: { id: string }[] }>("/feedback?actions=open&pageSize=100");
    expect(after.items.map((i) => i.id)).not.toContain(first.id);
  });

  it("refuses Won't do without a reason, on the field", async () => {
    await signInAs("lead@example.org");
    const { user } = renderApp("/feedback/new");
    await user.type(await screen.findByLabelText("What we were told"), "The lift was out of order.");
    await user.selectOptions(screen.getByLabelText("Action status"), "wont_do");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Say why we won't act on it")).toBeInTheDocument();
    await user.type(screen.getByLabelText("Why we won't act on it"), "The venue is our partner's; we have told them.");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Logged the feedback.")).toBeInTheDocument();
  });
});
