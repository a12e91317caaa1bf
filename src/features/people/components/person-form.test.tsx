import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { apiJson, currentUrl, renderApp, signInAs } from "../../../../tests/setup/render-app";
import { disabledFields, summaryHasTerm, summaryValue } from "../../../../tests/setup/summary";

type Person = { id: string; name: string; version: number; consents: Record<string, unknown> };

describe("People", () => {
  it("adds a person: field errors first, then saved and shown", async () => {
    await signInAs("events@example.org");
    const { user, history } = renderApp("/people/new");
    const name = await screen.findByLabelText("Name");
    await user.type(screen.getByLabelText("Email"), "not-an-email");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Enter a name")).toBeInTheDocument();
    expect(screen.getByText("Choose at least one perspective")).toBeInTheDocument();
    expect(screen.getByLabelText("Email")).toHaveValue("not-an-email");

    await user.type(name, "Tamsin Oakridge");
    await user.clear(screen.getByLabelText("Email"));
    await user.type(screen.getByLabelText("Email"), "tamsin.oakridge@example.net");
    await user.click(screen.getByRole("checkbox", { name: "Patient" }));
    await user.type(screen.getByLabelText("Lived experience"), "HIV, mental health");
    const contact = screen.getByRole("group", { name: "Consent: contact" });
    await user.type(within(contact).getByLabelText("Given on"), "2026-11-01");
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(await screen.findByRole("heading", { name: "Tamsin Oakridge" })).toBeInTheDocument();
    expect(currentUrl(history)).toMatch(/^\/people\/[0-9a-f-]{36}$/);
    const id = history.location.pathname.split("/").pop() as string;
    const stored = await apiJson<Person & { livedExperience: string[] }>(`/people/${id}`);
    expect(stored.livedExperience).toEqual(["HIV", "mental health"]);
    expect(stored.consents.contact).toEqual({ givenOn: "2026-11-01", withdrawnOn: null });
  });

  it("says on the field when pasted text holds characters that cannot be stored, and keeps it", async () => {
    await signInAs("events@example.org");
    const { user } = renderApp("/people/new");
    const name = await screen.findByLabelText("Name");
    await user.click(name);
    // A control character, as a copy from another system can carry.
    await user.paste("Tamsin\u0007 Oakridge");
    await user.click(screen.getByRole("checkbox", { name: "Patient" }));
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("contains characters that cannot be stored")).toBeInTheDocument();
    expect(name).toHaveValue("Tamsin\u0007 Oakridge");
    expect(name).toHaveAccessibleDescription(/contains characters that cannot be stored/);
  });

  it("withdraws a consent, keeping the date it was given", async () => {
    await signInAs("lead@example.org");
    const page = await apiJson<{
      items: (Person & { consents: { contact: { withdrawnOn: string | null } | null } })[];
    }>("/people?pageSize=100");
    const person = page.items.find((p) => p.consents.contact && !p.consents.contact.withdrawnOn) as Person;
    const { user } = renderApp(`/people/${person.id}`);
    await user.click(await screen.findByRole("button", { name: "Withdraw contact consent today" }));
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText(`Saved changes to ${person.name}.`)).toBeInTheDocument();
    const stored = await apiJson<{ consents: { contact: { givenOn: string; withdrawnOn: string | null } } }>(
      `/people/${person.id}`,
    );
    expect(stored.consents.contact.withdrawnOn).toBe(new Date().toISOString().slice(0, 10));
    expect(stored.consents.contact.givenOn).toBe((person.consents.contact as { givenOn: string }).givenOn);
  });

  it("shows a manager a person without contact details, lived experience or access needs, and no way to change them", async () => {
    await signInAs("manager@example.org");
    const { user } = renderApp("/people?perspective=carer");
    const table = await screen.findByRole("table", { name: /^People, \d+$/ }, { timeout: 10_000 });
    const link = within(table).getAllByRole("link")[0] as HTMLElement;
    await user.click(link);
    expect(await screen.findByText("Your role can view people but not change them.")).toBeInTheDocument();
    const details = screen.getByRole("region", { name: "Details of the person" });
    expect(summaryValue(details, "Name")).toHaveTextContent(link.textContent ?? "");
    expect(summaryValue(details, "Perspectives")).toHaveTextContent("Carer");
    expect(screen.queryByLabelText("Name")).not.toBeInTheDocument();
    expect(disabledFields(document.body)).toEqual([]);
    for (const hidden of ["Email", "Phone", "Lived experience", "Access needs"]) {
      expect(summaryHasTerm(details, hidden), hidden).toBe(false);
      expect(screen.queryByLabelText(hidden)).not.toBeInTheDocument();
    }
    expect(document.body.textContent).not.toContain("undefined");
    expect(screen.queryByRole("button", { name: "Save" })).not.toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "New person" })).not.toBeInTheDocument();
  });

  it("filters the directory by perspective and search, in the URL", async () => {
    await signInAs("lead@example.org");
    const { user, history } = renderApp("/people");
    await screen.findByRole("table", {}, { timeout: 10_000 });
    await user.selectOptions(screen.getByLabelText("Perspective"), "carer");
    await waitFor(() => expect(currentUrl(history)).toContain("perspective=carer"));
    await waitFor(() => {
      const rows = within(screen.getByRole("table")).getAllByRole("row").slice(1);
      expect(rows.every((row) => within(row).getAllByRole("cell")[1]?.textContent?.includes("Carer"))).toBe(true);
    });
  });
});
