import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { answerWith, invalidInput, server } from "../../../../tests/setup/msw";
import { apiJson, currentUrl, renderApp, signInAs } from "../../../../tests/setup/render-app";
import { disabledFields, summaryValue } from "../../../../tests/setup/summary";

type Item = { id: string; title: string; version: number; kind: string };

async function firstItemLedBy(userId: string): Promise<Item> {
  const page = await apiJson<{ items: (Item & { leadId: string })[] }>("/work-items?pageSize=100");
  const item = page.items.find((i) => i.leadId === userId);
  if (!item) throw new Error("no item for this lead");
  return item;
}

describe("New work item", () => {
  it("shows field errors on invalid input, keeps what was typed, then creates on valid input", async () => {
    await signInAs("lead@example.org");
    const { user, history } = renderApp("/work-items/new");
    expect(await screen.findByRole("heading", { name: "New work item" })).toBeInTheDocument();

    await user.type(await screen.findByLabelText("Summary"), "Patients co-design the survey.");
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(await screen.findByText("Enter a title")).toBeInTheDocument();
    expect(screen.getByLabelText("Title")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Title")).toHaveAccessibleDescription(/Enter a title/);
    expect(screen.getByLabelText("Team")).toHaveAccessibleDescription(/Choose a team/);
    expect(screen.getByLabelText("Start date")).toHaveAccessibleDescription(/Enter a date/);
    expect(screen.getByLabelText("Summary")).toHaveValue("Patients co-design the survey.");

    await user.type(screen.getByLabelText("Title"), "Survey of people using sexual health services");
    await user.selectOptions(screen.getByLabelText("Kind"), "research");
    await user.selectOptions(screen.getByLabelText("Team"), "Research and evidence");
    await user.type(screen.getByLabelText("Start date"), "2026-09-01");
    await user.type(screen.getByLabelText("End date"), "2026-08-01");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("End date must be on or after the start date")).toBeInTheDocument();

    await user.clear(screen.getByLabelText("End date"));
    await user.type(screen.getByLabelText("End date"), "2027-03-31");
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(
      await screen.findByRole("heading", { name: "Survey of people using sexual health services" }),
    ).toBeInTheDocument();
    expect(await screen.findByText("Created “Survey of people using sexual health services”.")).toBeInTheDocument();
    expect(currentUrl(history)).toMatch(/^\/work-items\/[0-9a-f-]{36}$/);
    expect(screen.getByLabelText("Kind")).toHaveValue("research");
  });

  it("puts the API's own field errors on the field and keeps the input", async () => {
    await signInAs("admin@example.org");
    server.use(
      answerWith(
        "post",
        "/work-items",
        invalidInput([{ path: "title", message: "A work item with this title already exists" }]),
      ),
    );
    const { user } = renderApp("/work-items/new");
    await user.type(await screen.findByLabelText("Title"), "Duplicate title");
    await user.selectOptions(screen.getByLabelText("Team"), "Publications");
    await user.type(screen.getByLabelText("Start date"), "2026-10-01");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("A work item with this title already exists")).toBeInTheDocument();
    expect(screen.getByLabelText("Title")).toHaveValue("Duplicate title");
    expect(screen.getByLabelText("Title")).toHaveFocus();
  });

  it("offers only conference and event to the events team", async () => {
    await signInAs("events@example.org");
    renderApp("/work-items/new");
    const kind = await screen.findByLabelText("Kind");
    expect(
      within(kind)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Conference", "Event"]);
  });
});

describe("Editing a work item", () => {
  it("saves a change and shows it, with a message", async () => {
    const me = await signInAs("lead@example.org");
    const item = await firstItemLedBy(me.id);
    const { user } = renderApp(`/work-items/${item.id}`);
    const title = await screen.findByLabelText("Title");
    await user.clear(title);
    await user.type(title, "Renamed by the lead");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByRole("heading", { name: "Renamed by the lead" })).toBeInTheDocument();
    expect(await screen.findByText("Saved changes to “Renamed by the lead”.")).toBeInTheDocument();
    const stored = await apiJson<Item>(`/work-items/${item.id}`);
    expect(stored).toMatchObject({ title: "Renamed by the lead", version: item.version + 1 });
  });

  it("shows the conflict when someone else saved first, and never overwrites their change", async () => {
    const me = await signInAs("admin@example.org");
    const item = await firstItemLedBy(me.id);
    const { user } = renderApp(`/work-items/${item.id}`);
    const title = await screen.findByLabelText("Title");

    // Someone else saves while this form is open.
    await apiJson(`/work-items/${item.id}`, {
      method: "PATCH",
      body: JSON.stringify({ title: "Their change", version: item.version }),
    });

    await user.clear(title);
    await user.type(title, "My change");
    await user.click(screen.getByRole("button", { name: "Save" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Someone else changed this work item since you opened it.");
    expect(screen.getByLabelText("Title")).toHaveValue("My change");
    expect((await apiJson<Item>(`/work-items/${item.id}`)).title).toBe("Their change");

    await user.click(screen.getByRole("button", { name: /Load their version/ }));
    await waitFor(() => expect(screen.getByLabelText("Title")).toHaveValue("Their change"));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("asks before leaving with unsaved changes, and Stay keeps them", async () => {
    const me = await signInAs("lead@example.org");
    const item = await firstItemLedBy(me.id);
    const { user, history } = renderApp(`/work-items/${item.id}`);
    const summary = await screen.findByLabelText("Summary");
    await user.type(summary, " Extra words.");

    const navLink = () =>
      within(screen.getByRole("navigation", { name: "Main" })).getByRole("link", { name: "Planned work" });
    await user.click(navLink());
    const dialog = await screen.findByRole("alertdialog", { name: "Leave without saving?" });
    await user.click(within(dialog).getByRole("button", { name: "Stay on this page" }));
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(currentUrl(history)).toBe(`/work-items/${item.id}`);
    expect((screen.getByLabelText("Summary") as HTMLTextAreaElement).value).toMatch(/Extra words\.$/);

    await user.click(navLink());
    await user.click(await screen.findByRole("button", { name: "Leave without saving" }));
    expect(await screen.findByRole("heading", { name: "Planned work" })).toBeInTheDocument();
  });

  it("deletes after a confirmation, and lands on the list with a message", async () => {
    const me = await signInAs("lead@example.org");
    const item = await firstItemLedBy(me.id);
    const { user, history } = renderApp(`/work-items/${item.id}`);
    await user.click(await screen.findByRole("button", { name: "Delete" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Delete this work item?" });
    expect(dialog).toHaveTextContent(item.title);
    await user.click(within(dialog).getByRole("button", { name: "Keep it" }));
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Delete" }));
    await user.click(await screen.findByRole("button", { name: "Delete work item" }));
    expect(await screen.findByRole("heading", { name: "Planned work" })).toBeInTheDocument();
    expect(await screen.findByText(`Deleted “${item.title}”.`)).toBeInTheDocument();
    expect(history.location.pathname).toBe("/work-items");
    await expect(apiJson(`/work-items/${item.id}`)).rejects.toThrow(/404/);
  });

  it("shows a read-only item to a manager as a summary, with no fields, Save or Delete", async () => {
    await signInAs("manager@example.org");
    const page = await apiJson<{ items: Item[] }>("/work-items?pageSize=1");
    const item = page.items[0] as Item;
    renderApp(`/work-items/${item.id}`);
    expect(await screen.findByText("Your role can view this work item but not change it.")).toBeInTheDocument();
    const details = screen.getByRole("region", { name: "Work item details" });
    expect(summaryValue(details, "Title")).toHaveTextContent(item.title);
    expect(screen.queryByLabelText("Title")).not.toBeInTheDocument();
    expect(disabledFields(document.body)).toEqual([]);
    expect(screen.queryByRole("button", { name: "Save" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Delete" })).not.toBeInTheDocument();
  });

  it("says so when the item does not exist", async () => {
    await signInAs("manager@example.org");
    renderApp("/work-items/00000000-0000-4000-8000-000000000000");
    expect(await screen.findByRole("heading", { name: "Work item not found" })).toBeInTheDocument();
    // The tab says so too.
    await waitFor(() => expect(document.title).toBe("Work item not found · Involvement Tracker"));
  });
});
