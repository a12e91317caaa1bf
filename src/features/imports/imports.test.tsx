// biome-ignore lint/style/noRestrictedImports: Node's own File, for uploads Node's fetch can send (see below).
import { File as NodeFile } from "node:buffer";
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { apiJson, renderApp, signInAs } from "../../../tests/setup/render-app";
import type { ImportSummary } from "../../shared/schemas/imports";

/**
 * jsdom's File and FormData cannot be sent by Node's fetch (the file part goes out empty), and the
 * API (in this same window) reads an upload as Node's File: so here both are Node's, as in a browser
 * they are one and the same.
 */
beforeEach(async () => {
  const nodeFormData = (await new Response(new URLSearchParams("a=1")).formData()).constructor;
  vi.stubGlobal("FormData", nodeFormData);
  vi.stubGlobal("File", NodeFile);
});
afterEach(() => vi.unstubAllGlobals());

const csvFile = (name: string, lines: string[]) =>
  new NodeFile([`${lines.join("\r\n")}\r\n`], name, { type: "text/csv" }) as unknown as File;

async function openImport() {
  const me = await signInAs("admin@example.org");
  const view = renderApp("/import");
  expect(await screen.findByRole("heading", { level: 1, name: "Import" })).toBeInTheDocument();
  return { ...view, me };
}

async function preview(view: Awaited<ReturnType<typeof openImport>>, file: File, kind = "People") {
  const { user } = view;
  const form = screen.getByRole("form", { name: "Choose a file" });
  await user.click(within(form).getByRole("radio", { name: kind }));
  await user.upload(within(form).getByLabelText("Spreadsheet file"), file);
  await user.click(within(form).getByRole("button", { name: "Preview import" }));
}

const counts = () => screen.findByRole("list", { name: "What the preview found" });

describe("Import page", () => {
  it("previews a file: counts in words, and each problem on its cell", async () => {
    const view = await openImport();
    expect(screen.getByRole("navigation", { name: "Main" })).toContainElement(
      screen.getByRole("link", { name: "Import" }),
    );
    await preview(
      view,
      csvFile("volunteers.csv", [
        "Name,E-mail,Perspectives",
        "Olwen Brackley,olwen.brackley@example.org,Carer",
        "Tamsin Ferrow,tamsin at example,Patient",
        "Idris Moelwyn,idris.moelwyn@example.org,Carer; Patient",
      ]),
    );
    const found = await counts();
    expect(
      within(found)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "3 rows read from volunteers.csv",
      "2 new: will be created when you import",
      "0 matched: already on record, not created again",
      "1 invalid: left out until they are fixed",
    ]);
    expect(screen.getByRole("heading", { level: 2, name: "Preview: volunteers.csv" })).toHaveFocus();

    // The mapping as the API read the headers: "E-mail" is the Email field.
    expect(screen.getByRole("combobox", { name: "Field for the column E-mail" })).toHaveDisplayValue("Email");
    expect(screen.getByRole("combobox", { name: "Field for the column Name" })).toHaveDisplayValue("Name (required)");

    const table = screen.getByRole("table", { name: "Rows in the file" });
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(headers).toEqual(["Row", "Outcome", "Name", "E-mail", "Perspectives"]);
    // Row 3 of the spreadsheet (the header is row 1): its Email cell says what is wrong.
    const bad = within(table).getByRole("row", { name: /^3 / });
    const cells = within(bad).getAllByRole("cell");
    expect(cells[0]).toHaveTextContent("Invalid");
    expect(cells[2]).toHaveTextContent(/^tamsin at exampleError: E-mail: .+/);
    expect(cells[1]).not.toHaveTextContent("Error");
    const good = within(table).getByRole("row", { name: /^2 / });
    expect(within(good).getAllByRole("cell")[0]).toHaveTextContent("New");

    const problems = screen.getByRole("region", { name: "Problems to fix" });
    expect(within(problems).getByRole("listitem")).toHaveTextContent(/^Row 3, E-mail: .+/);
    const download = within(problems).getByRole("link", { name: "Download invalid rows (CSV)" });
    expect(download.getAttribute("href")).toMatch(/^\/api\/imports\/[0-9a-f-]{36}\/invalid\.csv$/);
    expect(screen.getByRole("button", { name: "Import 2 new rows" })).toBeEnabled();

    // A preview not imported is work in hand: leaving asks first, and staying keeps it.
    await view.user.click(screen.getByRole("link", { name: "People" }));
    const leave = await screen.findByRole("alertdialog", { name: "Leave without saving?" });
    await view.user.click(within(leave).getByRole("button", { name: "Stay on this page" }));
    expect(screen.getByRole("list", { name: "What the preview found" })).toBeInTheDocument();
    expect(view.history.location.pathname).toBe("/import");
  });

  it("changes the mapping and previews again, setting the first preview aside", async () => {
    const view = await openImport();
    const { user } = view;
    await preview(
      view,
      csvFile("contacts.csv", [
        "Name,Perspectives,Electronic post",
        "Gethin Arrowsmith,Carer,gethin.arrowsmith@example.org",
        "Morwenna Treloar,Patient,not-an-address",
      ]),
    );
    const first = await counts();
    expect(first).toHaveTextContent("2 new");
    expect(first).toHaveTextContent("0 invalid");
    const select = screen.getByRole("combobox", { name: "Field for the column Electronic post" });
    expect(select).toHaveDisplayValue("Leave out");

    await user.selectOptions(select, "Email");
    await user.click(screen.getByRole("button", { name: "Preview again" }));
    await waitFor(() =>
      expect(screen.getByRole("list", { name: "What the preview found" })).toHaveTextContent("1 invalid"),
    );
    expect(screen.getByRole("combobox", { name: "Field for the column Electronic post" })).toHaveDisplayValue("Email");
    const table = screen.getByRole("table", { name: "Rows in the file" });
    const bad = within(table).getByRole("row", { name: /^3 / });
    expect(within(bad).getAllByRole("cell")[3]).toHaveTextContent(/Error: Electronic post: .+/);
    expect(screen.getByRole("button", { name: "Import 1 new row" })).toBeInTheDocument();

    // Only the second preview is still waiting to be imported.
    const history = await apiJson<{ items: ImportSummary[] }>("/imports");
    const ofFile = history.items.filter((i) => i.fileName === "contacts.csv");
    expect(ofFile.map((i) => [i.status, i.invalid])).toEqual([
      ["previewed", 1],
      ["undone", 0],
    ]);
    const past = await screen.findByRole("table", { name: /^Past imports, \d+$/ });
    await within(past).findByRole("row", { name: /contacts\.csv Set aside, not imported/ });
  });

  it("imports the new rows, says how many, lists the import, and undoes it", async () => {
    const view = await openImport();
    const { user } = view;
    await preview(
      view,
      csvFile("welcome-day.csv", [
        "Name,Email,Perspectives",
        "Branwen Oakhurst,branwen.oakhurst@example.org,Carer",
        "Caradoc Pellow,caradoc.pellow@example.org,Member of the public",
      ]),
    );
    await counts();
    await user.click(screen.getByRole("button", { name: "Import 2 new rows" }));
    const status = await screen.findByText("Imported 2 people; 0 matched existing records.", { exact: false });
    expect(status.closest("[role=status]")).not.toBeNull();
    expect(screen.getByRole("link", { name: "Go to People" })).toHaveAttribute("href", "/people");
    expect(screen.queryByRole("button", { name: /^Import \d/ })).not.toBeInTheDocument();

    const table = await screen.findByRole("table", { name: /^Past imports, \d+$/ });
    const row = await within(table).findByRole("row", { name: /welcome-day\.csv.*Imported/ });
    expect(
      within(row)
        .getAllByRole("cell")
        .slice(1)
        .map((c) => c.textContent),
    ).toEqual([view.me.name, "People", "welcome-day.csv", "Imported", "2", "2", "0", "0", "2", "Undo"]);
    const people = await apiJson<{ total: number }>("/people?search=Branwen%20Oakhurst");
    expect(people.total).toBe(1);

    await user.click(within(row).getByRole("button", { name: /^Undo the import of welcome-day\.csv/ }));
    const dialog = await screen.findByRole("alertdialog", { name: "Undo this import?" });
    await user.click(within(dialog).getByRole("button", { name: "Undo import" }));
    expect(await screen.findByText("Undone: removed the 2 people that welcome-day.csv created.")).toBeInTheDocument();
    await within(table).findByRole("row", { name: /welcome-day\.csv.*Undone/ });
    expect((await apiJson<{ total: number }>("/people?search=Branwen%20Oakhurst")).total).toBe(0);
  });

  it("says why an import cannot be undone once one of its records has changed", async () => {
    const view = await openImport();
    const { user } = view;
    await preview(
      view,
      csvFile("open-day.csv", ["Name,Email,Perspectives", "Wenna Polglase,wenna.polglase@example.org,Carer"]),
    );
    await user.click(await screen.findByRole("button", { name: "Import 1 new row" }));
    await screen.findByText("Imported 1 person; 0 matched existing records.", { exact: false });
    const found = await apiJson<{ items: { id: string; version: number }[] }>("/people?search=Wenna%20Polglase");
    const [wenna] = found.items;
    if (!wenna) throw new Error("the import made no Wenna Polglase");
    await apiJson(`/people/${wenna.id}`, {
      method: "PATCH",
      body: JSON.stringify({ version: wenna.version, phone: "01632 960 123" }),
    });

    const table = await screen.findByRole("table", { name: /^Past imports, \d+$/ });
    const row = await within(table).findByRole("row", { name: /open-day\.csv.*Imported/ });
    await user.click(within(row).getByRole("button", { name: /^Undo the import of open-day\.csv/ }));
    const dialog = await screen.findByRole("alertdialog", { name: "Undo this import?" });
    await user.click(within(dialog).getByRole("button", { name: "Undo import" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      /1 of the records this import created has changed since/,
    );
    expect(within(table).getByRole("row", { name: /open-day\.csv.*Imported/ })).toBeInTheDocument();
    expect((await apiJson<{ total: number }>("/people?search=Wenna%20Polglase")).total).toBe(1);
  });

  it("is offered to admin and leads only", async () => {
    await signInAs("manager@example.org");
    renderApp("/import");
    expect(await screen.findByText("Only admin and project leads import spreadsheets.")).toBeInTheDocument();
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(within(nav).getByRole("link", { name: "People" })).toBeInTheDocument();
    expect(within(nav).queryByRole("link", { name: "Import" })).not.toBeInTheDocument();
    expect(screen.queryByRole("form", { name: "Choose a file" })).not.toBeInTheDocument();
  });

  it("lets a lead import their own planned work with no Lead column, and lists only their own imports", async () => {
    // An admin's import first: a lead's history never shows someone else's.
    await signInAs("admin@example.org");
    const teams = await apiJson<{ items: { id: string; name: string }[] }>("/teams");
    const team = teams.items[0];
    if (!team) throw new Error("the demo has no teams");
    const upload = new FormData();
    upload.set("kind", "people");
    upload.set("file", csvFile("admins-list.csv", ["Name,Perspectives", "Morwenna Tregear,Carer"]));
    const byAdmin = await fetch("http://localhost:3000/api/imports", { method: "POST", body: upload });
    expect(byAdmin.status).toBe(201);
    const me = await signInAs("lead@example.org");
    const view = renderApp("/import");
    expect(await screen.findByRole("heading", { level: 1, name: "Import" })).toBeInTheDocument();
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(within(nav).getByRole("link", { name: "Import" })).toBeInTheDocument();

    await preview(
      { ...view, me },
      csvFile("lead-plan.csv", [
        "Title,Kind,Team,Start date,Status",
        `Waiting room letters review,research,${team.name},2027-02-01,planned`,
      ]),
      "Planned work",
    );
    await counts();
    await view.user.click(screen.getByRole("button", { name: "Import 1 new row" }));
    await screen.findByText("Imported 1 planned work item; 0 matched existing records.", { exact: false });
    const created = await apiJson<{ items: { title: string; leadId: string }[] }>(
      "/work-items?search=Waiting%20room%20letters",
    );
    expect(created.items.map((item) => [item.title, item.leadId])).toEqual([["Waiting room letters review", me.id]]);

    const table = await screen.findByRole("table", { name: /^Past imports, \d+$/ });
    await within(table).findByRole("row", { name: /lead-plan\.csv.*Imported/ });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(within(row).getAllByRole("cell")[1]).toHaveTextContent(me.name);
    expect(within(table).queryByRole("row", { name: /admins-list\.csv/ })).not.toBeInTheDocument();
  });

  it("says on the file field why a file cannot be read, keeping what was chosen", async () => {
    const view = await openImport();
    await preview(view, new NodeFile([new Uint8Array([0, 1, 2, 3, 0, 159, 146, 150])], "photo.csv") as unknown as File);
    const file = screen.getByLabelText("Spreadsheet file");
    await waitFor(() => expect(file).toHaveAccessibleDescription(/not a spreadsheet/));
    expect(file).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("radio", { name: "People" })).toBeChecked();
    expect((file as HTMLInputElement).files?.[0]?.name).toBe("photo.csv");
    expect(screen.queryByRole("list", { name: "What the preview found" })).not.toBeInTheDocument();
  });
});

describe("Import rows in a subject access document", () => {
  it("shows an admin the invalid row of a preview that names the person, column by column", async () => {
    await signInAs("admin@example.org");
    const name = "Ysolde Pengelly";
    const person = await apiJson<{ id: string }>("/people", {
      method: "POST",
      body: JSON.stringify({ name, email: "ysolde.pengelly@example.org", perspectives: ["carer"] }),
    });
    const upload = new FormData();
    upload.set("kind", "people");
    upload.set(
      "file",
      csvFile("carers-group.csv", ["Name,Email,Perspectives,Access needs", `${name},,Astronaut,Hearing loop`]),
    );
    expect((await fetch("http://localhost:3000/api/imports", { method: "POST", body: upload })).status).toBe(201);

    renderApp(`/people/${person.id}/subject-access`);
    const section = await screen.findByRole("region", { name: "Spreadsheet imports" });
    const table = within(section).getByRole("table", { name: "Import rows that name them" });
    const [row] = within(table).getAllByRole("row").slice(1);
    if (!row) throw new Error("no import row listed");
    const cells = within(row)
      .getAllByRole("cell")
      .map((cell) => cell.textContent);
    expect(cells.slice(0, 1)).toEqual(["carers-group.csv (People)"]);
    expect(cells[1]).toMatch(/ by Dev Halloran$/);
    // Their name alone (the row has no email): the admin is asked to check it is them.
    expect(cells.slice(2, 5)).toEqual([
      "2",
      "Their name only: check it is them before sending",
      `Name: ${name}; Perspectives: Astronaut; Access needs: Hearing loop`,
    ]);
  });
});
