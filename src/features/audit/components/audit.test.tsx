import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { apiJson, currentUrl, renderApp, signInAs } from "../../../../tests/setup/render-app";

type Person = { id: string; name: string; version: number };
type Item = { id: string; title: string; version: number; leadId: string };

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const when = /^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/;

const auditTable = () => screen.getByRole("table", { name: /^Audit log, \d+ entries$/ });
const rows = () => within(auditTable()).getAllByRole("row").slice(1);
const column = (name: string) => {
  const index = within(auditTable())
    .getAllByRole("columnheader")
    .findIndex((header) => header.textContent === name);
  return rows().map((row) => within(row).getAllByRole("cell")[index]?.textContent ?? "");
};

/** A person made and then changed through the API, as admin: the log's newest entries. */
async function personWithNewPhone(name: string): Promise<Person> {
  const person = await apiJson<Person>("/people", {
    method: "POST",
    body: JSON.stringify({
      name,
      perspectives: ["carer"],
      phone: "01632 960001",
      consents: { contact: { givenOn: "2026-02-01", withdrawnOn: null } },
    }),
  });
  await apiJson(`/people/${person.id}`, {
    method: "PATCH",
    body: JSON.stringify({ phone: "01632 960002", version: person.version }),
  });
  return person;
}

describe("Audit log (admin)", () => {
  it("opens from the navigation and shows a change with its field, before and after", async () => {
    await signInAs("admin@example.org");
    const person = await personWithNewPhone("Orla Penhaligon");
    const { user, history } = renderApp("/work-items");

    await user.click(
      within(await screen.findByRole("navigation", { name: "Main" })).getByRole("link", { name: "Audit log" }),
    );
    await waitFor(() => expect(currentUrl(history)).toBe("/admin/audit"));
    expect(await screen.findByRole("heading", { level: 1, name: "Audit log" })).toBeInTheDocument();
    await screen.findByRole("table", { name: /^Audit log, \d+ entries$/ });
    expect(
      within(auditTable())
        .getAllByRole("columnheader")
        .map((header) => header.textContent),
    ).toEqual(["When", "Who", "What", "Record", "Address", "Details"]);

    // Newest first: the change of phone, then the person's creation.
    const [changed, created] = rows() as [HTMLElement, HTMLElement];
    const cells = within(changed)
      .getAllByRole("cell")
      .map((cell) => cell.textContent);
    expect(cells).toEqual([
      expect.stringMatching(when),
      "Dev Halloran",
      "Changed",
      "Person: Orla Penhaligon",
      expect.any(String),
      "phone: 01632 960001 → 01632 960002",
    ]);
    expect(within(changed).getByRole("link", { name: "Orla Penhaligon" })).toHaveAttribute(
      "href",
      `/people/${person.id}`,
    );
    expect(
      within(created)
        .getAllByRole("cell")
        .slice(1, 4)
        .map((cell) => cell.textContent),
    ).toEqual(["Dev Halloran", "Created", "Person: Orla Penhaligon"]);
    // The sign-in that began this test is there too.
    expect(column("What")).toContain("Signed in");
  });

  it("filters by action, resource and who, keeps the filters in the URL, and the CSV link carries them", async () => {
    const admin = await signInAs("admin@example.org");
    await personWithNewPhone("Idris Fenwick");
    const { user, history } = renderApp("/admin/audit");
    await screen.findByRole("table", { name: /^Audit log, \d+ entries$/ });
    expect(new Set(column("What")).size).toBeGreaterThan(1);
    const filters = screen.getByRole("search", { name: "Filter the audit log" });

    await user.selectOptions(within(filters).getByLabelText("Action"), "Changed");
    await waitFor(() => expect(currentUrl(history)).toBe("/admin/audit?action=update"));
    await waitFor(() => expect(new Set(column("What"))).toEqual(new Set(["Changed"])));
    expect(column("Details")).toContain("phone: 01632 960001 → 01632 960002");

    await user.selectOptions(within(filters).getByLabelText("Resource"), "People");
    await user.selectOptions(within(filters).getByLabelText("Who"), "Dev Halloran");
    await waitFor(() => expect(currentUrl(history)).toContain(`actorId=${admin.id}`));
    expect(currentUrl(history)).toContain("resource=people");
    await waitFor(() => expect(new Set(column("Who"))).toEqual(new Set(["Dev Halloran"])));
    expect(new Set(column("Record").map((record) => record.split(":")[0]))).toEqual(new Set(["Person"]));

    const csv = new URL(screen.getByRole("link", { name: "Download CSV" }).getAttribute("href") ?? "", "http://x");
    expect(csv.pathname).toBe("/api/export/audit.csv");
    expect(Object.fromEntries(csv.searchParams)).toEqual({ action: "update", resource: "people", actorId: admin.id });

    // A filter that matches nothing says so; Clear filters brings the whole log back.
    await user.selectOptions(within(filters).getByLabelText("Action"), "Erased");
    expect(await screen.findByText("No entries match these filters.")).toBeInTheDocument();
    await user.click(within(filters).getByRole("button", { name: "Clear filters" }));
    await waitFor(() => expect(currentUrl(history)).toBe("/admin/audit"));
    expect(await screen.findByRole("table", { name: /^Audit log, \d+ entries$/ })).toBeInTheDocument();
  });

  it("labels every filter", async () => {
    await signInAs("admin@example.org");
    renderApp("/admin/audit");
    const filters = await screen.findByRole("search", { name: "Filter the audit log" });
    for (const label of ["Action", "Resource", "Who"]) {
      expect(within(filters).getByRole("combobox", { name: label })).toBeInTheDocument();
    }
    const range = within(filters).getByRole("group", { name: "When" });
    expect(within(range).getByLabelText("From")).toHaveAttribute("type", "date");
    expect(within(range).getByLabelText("To")).toHaveAttribute("type", "date");
    expect(
      within(within(filters).getByRole("combobox", { name: "Resource" }))
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual([
      "Any",
      "People",
      "Work items",
      "Involvements",
      "Involvement decisions",
      "Bursaries",
      "Feedback",
      "Library enquiries",
      "Staff training",
      "Equality answers",
      "Subject access",
      "Users",
      "Agenda sessions",
    ]);
  });
});

describe("Audit log (other roles)", () => {
  it("has no link for a lead, and the page says it is admin's", async () => {
    await signInAs("lead@example.org");
    renderApp("/admin/audit");
    expect(await screen.findByText("Only admin sees the audit log.")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1, name: "Audit log" })).toBeInTheDocument();
    expect(screen.queryByRole("table")).toBeNull();
    expect(
      within(screen.getByRole("navigation", { name: "Main" })).queryByRole("link", { name: "Audit log" }),
    ).toBeNull();
  });
});

describe("A work item's Activity", () => {
  async function anItem(): Promise<Item> {
    const page = await apiJson<{ items: Item[] }>("/work-items?pageSize=1");
    const item = page.items[0];
    if (!item) throw new Error("no work items in the seed");
    return item;
  }

  it("lists the item's changes for admin, newest first, and follows a save", async () => {
    await signInAs("admin@example.org");
    const item = await anItem();
    await apiJson(`/work-items/${item.id}`, {
      method: "PATCH",
      body: JSON.stringify({ title: "Renamed through the API", version: item.version }),
    });
    const { user } = renderApp(`/work-items/${item.id}`);
    const section = (await screen.findByRole("heading", { level: 2, name: "Activity" })).closest("section");
    if (!section) throw new Error("the Activity heading is not in a section");
    const list = await within(section).findByRole("list", { name: /^Activity, newest first/ });
    expect(within(list).getAllByRole("listitem")[0]).toHaveTextContent(
      new RegExp(
        `^\\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} — Dev Halloran — Changed — title: ${escaped(item.title)} → Renamed through the API$`,
      ),
    );
    expect(within(section).getByRole("link", { name: "See all in the audit log" })).toHaveAttribute(
      "href",
      `/admin/audit?recordId=${item.id}`,
    );

    // A save on the page shows in its Activity without a reload.
    const title = await screen.findByLabelText("Title");
    await user.clear(title);
    await user.type(title, "Renamed on the page");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() =>
      expect(within(list).getAllByRole("listitem")[0]).toHaveTextContent(
        "— Dev Halloran — Changed — title: Renamed through the API → Renamed on the page",
      ),
    );
  });

  it("is not shown to a lead", async () => {
    const me = await signInAs("lead@example.org");
    const item = await anItem();
    renderApp(`/work-items/${item.id}`);
    expect(await screen.findByRole("heading", { level: 1, name: item.title })).toBeInTheDocument();
    // The details have loaded: the form on an item this lead leads, else the read-only summary.
    const details =
      item.leadId === me.id
        ? await screen.findByLabelText("Title")
        : await screen.findByRole("region", { name: "Work item details" });
    expect(details).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Activity" })).toBeNull();
    expect(screen.queryByRole("link", { name: "See all in the audit log" })).toBeNull();
  });
});
