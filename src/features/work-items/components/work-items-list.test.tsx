import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { answerWith, server, serverError } from "../../../../tests/setup/msw";
import { currentUrl, renderApp, signInAs } from "../../../../tests/setup/render-app";

const rows = () => within(screen.getByRole("table")).getAllByRole("row").slice(1);
const column = (name: string) => {
  const headers = within(screen.getByRole("table")).getAllByRole("columnheader");
  const index = headers.findIndex((h) => h.textContent?.startsWith(name));
  return rows().map((row) => within(row).getAllByRole("cell")[index]?.textContent ?? "");
};

describe("Planned work list", () => {
  it("shows the table with a link per title, and reads filters from the URL", async () => {
    await signInAs("manager@example.org");
    renderApp("/work-items?kind=conference&pageSize=100");
    expect(await screen.findByRole("heading", { name: "Planned work" })).toBeInTheDocument();
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    expect(new Set(column("Kind"))).toEqual(new Set(["Conference"]));
    expect(screen.getByLabelText("Kind")).toHaveValue("conference");
    const firstTitle = within(rows()[0] as HTMLElement).getByRole("link");
    expect(firstTitle.getAttribute("href")).toMatch(/^\/work-items\/[0-9a-f-]{36}$/);
    // A manager may read but not create.
    expect(screen.queryByRole("link", { name: "New work item" })).not.toBeInTheDocument();
  });

  it("puts filters, sort and page into the URL, and Back restores them", async () => {
    await signInAs("lead@example.org");
    const { user, history } = renderApp("/work-items");
    await waitFor(() => expect(rows().length).toBe(25));

    await user.selectOptions(screen.getByLabelText("Status"), "completed");
    await waitFor(() => expect(currentUrl(history)).toContain("status=completed"));
    await waitFor(() => expect(new Set(column("Status"))).toEqual(new Set(["Completed"])));

    await user.click(screen.getByRole("button", { name: /^Title/ }));
    await waitFor(() => expect(currentUrl(history)).toContain("sort=title"));
    await waitFor(() => {
      const titles = column("Title").map((t) => t.toLowerCase());
      expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "en")));
    });
    expect(screen.getByRole("columnheader", { name: /Title/ })).toHaveAttribute("aria-sort", "ascending");

    history.back();
    await waitFor(() => expect(currentUrl(history)).not.toContain("sort=title"));
    expect(currentUrl(history)).toContain("status=completed");
    history.back();
    await waitFor(() => expect(screen.getByLabelText("Status")).toHaveValue(""));
  });

  it("filters to undecided items and shows each item's involvement level", async () => {
    await signInAs("manager@example.org");
    const { user, history } = renderApp("/work-items?pageSize=100");
    await waitFor(() => expect(rows().length).toBeGreaterThan(25));
    const levels = new Set(column("Involvement"));
    expect(levels.has("Undecided")).toBe(true);
    expect([...levels].some((level) => level !== "Undecided")).toBe(true);

    await user.selectOptions(screen.getByLabelText("Involvement decision"), "undecided");
    await waitFor(() => expect(currentUrl(history)).toContain("plan=undecided"));
    await waitFor(() => expect(new Set(column("Involvement"))).toEqual(new Set(["Undecided"])));
  });

  it("filters by a start-date range kept in the URL, and Clear filters removes it", async () => {
    await signInAs("manager@example.org");
    const { user, history } = renderApp("/work-items?pageSize=100");
    await waitFor(() => expect(rows().length).toBeGreaterThan(25));
    const range = screen.getByRole("group", { name: "Start date" });
    // Typed into the date fields as a keyboard user would (jsdom takes the value as YYYY-MM-DD).
    await user.type(within(range).getByLabelText("From"), "2025-04-01");
    await user.type(within(range).getByLabelText("To"), "2025-06-30");
    await waitFor(() => expect(currentUrl(history)).toContain("from=2025-04-01&to=2025-06-30"));
    await waitFor(() => {
      const starts = rows().map((row) => row.querySelector("time")?.getAttribute("datetime") ?? "");
      expect(starts.length).toBeGreaterThan(0);
      expect(starts.every((start) => start >= "2025-04-01" && start <= "2025-06-30")).toBe(true);
    });
    // A To before the From is pointed out on the field.
    await user.clear(within(range).getByLabelText("To"));
    await user.type(within(range).getByLabelText("To"), "2025-03-31");
    await waitFor(() =>
      expect(within(range).getByLabelText("To")).toHaveAccessibleDescription(
        "The end of the range must be on or after its start",
      ),
    );
    expect(within(range).getByLabelText("To")).toBeInvalid();
    expect(screen.getByText("The start-date range ends before it begins.")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    await waitFor(() => expect(currentUrl(history)).toBe("/work-items?pageSize=100"));
    expect(within(range).getByLabelText("From")).toHaveValue("");
  });

  it("searches as you type and pages through results", async () => {
    await signInAs("lead@example.org");
    const { user, history } = renderApp("/work-items?pageSize=10");
    await waitFor(() => expect(rows().length).toBe(10));
    expect(screen.getByText(/Page 1 of \d+/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Next page" }));
    await waitFor(() => expect(currentUrl(history)).toContain("page=2"));
    await waitFor(() => expect(screen.getByText(/Page 2 of/)).toBeInTheDocument());

    await user.type(screen.getByLabelText("Search"), "zzz-nothing-like-this");
    await waitFor(() => expect(currentUrl(history)).toContain("search=zzz-nothing-like-this"));
    expect(currentUrl(history)).not.toContain("page=2");
    expect(await screen.findByText("No work items match these filters.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    await waitFor(() => expect(rows().length).toBe(10));
  });

  it("shows an error state with a retry when the API fails", async () => {
    await signInAs("lead@example.org");
    server.use(answerWith("get", "/work-items", serverError));
    renderApp("/work-items");
    expect(await screen.findByRole("alert", {}, { timeout: 10_000 })).toHaveTextContent(
      "Planned work could not be loaded.",
    );
    server.resetHandlers();
    await userEventClick(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
  });

  it("shows a loading state, then the rows", async () => {
    await signInAs("lead@example.org");
    renderApp("/work-items");
    expect(await screen.findByText("Loading planned work…")).toBeInTheDocument();
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
  });

  it("sends people who are not signed in to the sign-in page, and back after", async () => {
    const { user, history } = renderApp("/work-items?kind=blog");
    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeInTheDocument();
    await user.type(screen.getByLabelText("Email"), "events@example.org");
    await user.type(screen.getByLabelText("Password"), "wrong password");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("The email address or password is not right.");
    expect(screen.getByLabelText("Email")).toHaveValue("events@example.org");
    await user.clear(screen.getByLabelText("Password"));
    await user.type(screen.getByLabelText("Password"), "involve-demo");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByRole("heading", { name: "Planned work" })).toBeInTheDocument();
    expect(currentUrl(history)).toContain("kind=blog");
    await user.click(screen.getByRole("button", { name: "Sign out" }));
    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeInTheDocument();
  });
});

async function userEventClick(element: HTMLElement) {
  const { default: userEvent } = await import("@testing-library/user-event");
  await userEvent.click(element);
}
