import { screen, waitFor, within } from "@testing-library/react";
import { HttpResponse, http } from "msw";
import { describe, expect, it, vi } from "vitest";
import { answerWith, invalidInput, server } from "../../../../tests/setup/msw";
import { apiJson, currentUrl, renderApp, signInAs } from "../../../../tests/setup/render-app";
import { formatDate } from "../../../lib/format";
import { feedbackChannelLabels } from "../../../shared/schemas/feedback";
import type { Person } from "../../../shared/schemas/people";
import type { ConsentEvent } from "../../../shared/schemas/privacy";
import { aYearAfter, today } from "../dates";

type PeoplePage = { items: Person[]; total: number };

const people = async (query = "pageSize=100") => (await apiJson<PeoplePage>(`/people?${query}`)).items;

/** Someone who took part in something (they are erased, never deleted), and not erased yet. */
async function personWithInvolvements(): Promise<Person> {
  const { items } = await apiJson<{ items: { personId: string }[] }>("/involvements?pageSize=100");
  for (const id of new Set(items.map((i) => i.personId))) {
    const person = await apiJson<Person>(`/people/${id}`);
    if (!person.erasedAt) return person;
  }
  throw new Error("no person with involvements");
}

const headers = (table: HTMLElement) =>
  within(table)
    .getAllByRole("columnheader")
    .map((h) => h.textContent);

describe("Consent history", () => {
  it("shows every give and withdraw on the person's page, and a new one after a save", async () => {
    const admin = await signInAs("admin@example.org");
    const person = (await people()).find((p) => p.consents.contact && !p.consents.contact.withdrawnOn) as Person;
    const history = await apiJson<{ items: ConsentEvent[] }>(`/people/${person.id}/consents/history`);
    expect(history.items.length).toBeGreaterThan(0);
    const { user } = renderApp(`/people/${person.id}`);

    expect(await screen.findByRole("heading", { level: 2, name: "Consent history" })).toBeInTheDocument();
    const table = await screen.findByRole("table", { name: "Consent history, newest first" });
    expect(headers(table)).toEqual(["When", "Consent", "Given or withdrawn", "On", "Recorded by"]);
    const given = within(table).getAllByRole("row", { name: /Contact Given/ })[0] as HTMLElement;
    expect(
      within(given)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual([
      expect.stringMatching(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/),
      "Contact",
      "Given",
      formatDate(person.consents.contact?.givenOn),
      history.items.find((e) => e.consent === "contact")?.recordedByName,
    ]);

    // Withdrawing the consent adds to the history at once.
    await user.click(screen.getByRole("button", { name: "Withdraw contact consent today" }));
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText(`Saved changes to ${person.name}.`)).toBeInTheDocument();
    const withdrawn = await within(table).findByRole("row", { name: /Contact Withdrawn/ });
    expect(withdrawn).toHaveTextContent(formatDate(today()));
    expect(withdrawn).toHaveTextContent(admin.name);
  });
});

describe("Subject access (admin)", () => {
  it("opens from the person's page with every section, downloads the JSON and prints", async () => {
    await signInAs("admin@example.org");
    const person = await personWithInvolvements();
    const { user, history } = renderApp(`/people/${person.id}`);
    await user.click(await screen.findByRole("link", { name: "Subject access" }));
    await waitFor(() => expect(currentUrl(history)).toBe(`/people/${person.id}/subject-access`));

    expect(
      await screen.findByRole("heading", { level: 1, name: `Subject access: ${person.name}` }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^Generated on \w{3}, \d{1,2} \w{3} \d{4}, \d{2}:\d{2} from the Involvement Tracker/),
    ).toBeInTheDocument();
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
      "Personal details",
      "Consents and their history",
      "Involvements",
      "Payments",
      "Feedback",
      "Bursaries",
      "Sessions spoken at",
      "Equality monitoring answers",
      "Spreadsheet imports",
      "Audit entries about them",
    ]);
    const details = screen.getByRole("region", { name: "Personal details" });
    expect(within(details).getByText(person.name)).toBeInTheDocument();
    const involvements = screen.getByRole("region", { name: "Involvements" });
    expect(within(involvements).getAllByText("What we ask").length).toBeGreaterThan(0);
    expect(within(involvements).getAllByText("What they can expect").length).toBeGreaterThan(0);
    // This very request is in the audit the document shows.
    const audit = within(screen.getByRole("region", { name: "Audit entries about them" })).getByRole("table", {
      name: "Audit entries about them",
    });
    expect(within(audit).getByRole("row", { name: /Exported Subject access/ })).toBeInTheDocument();

    const files: Blob[] = [];
    const saved: string[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      files.push(blob as Blob);
      return "blob:subject-access";
    });
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
    // jsdom cannot follow the link: note where it points and what it saves as.
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(`${this.getAttribute("href")} ${this.download}`);
    });
    await user.click(screen.getByRole("button", { name: "Download JSON" }));
    expect(saved).toEqual([`blob:subject-access subject-access-${person.id}.json`]);
    const [file] = files;
    if (!file) throw new Error("no file");
    expect(file.type).toBe("application/json");
    const document = JSON.parse(await file.text());
    expect(document.person).toMatchObject({ id: person.id, name: person.name });
    expect(document.involvements.length).toBeGreaterThan(0);
    expect(Object.keys(document)).toEqual(
      expect.arrayContaining(["generatedAt", "consentHistory", "payments", "feedback", "bursaries", "audit"]),
    );

    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    await user.click(screen.getByRole("button", { name: "Print" }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});

describe("Erasure (admin)", () => {
  it("names how feedback came in words, as the feedback pages do", async () => {
    await signInAs("admin@example.org");
    const { items } = await apiJson<{
      items: { personId: string | null; channel: keyof typeof feedbackChannelLabels }[];
    }>("/feedback?pageSize=100");
    const given = items.find((f) => f.personId && feedbackChannelLabels[f.channel] !== f.channel);
    if (!given?.personId) throw new Error("the demo has no feedback from a person");
    renderApp(`/people/${given.personId}/subject-access`);
    const table = within(await screen.findByRole("region", { name: "Feedback" })).getByRole("table", {
      name: "Feedback",
    });
    const how = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) => within(row).getAllByRole("cell")[1]?.textContent);
    expect(how).toContain(feedbackChannelLabels[given.channel]);
    expect(how).not.toContain(given.channel);
  });

  it("points to Erase when Delete is refused, asks for a reason, then shows the erased record", async () => {
    await signInAs("admin@example.org");
    const person = await personWithInvolvements();
    const { user } = renderApp(`/people/${person.id}`);
    expect(await screen.findByRole("heading", { level: 1, name: person.name })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Delete" }));
    await user.click(within(screen.getByRole("alertdialog")).getByRole("button", { name: "Delete person" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      `${person.name} has taken part in work, so they cannot be deleted. Use Erase instead`,
    );

    const erase = screen.getByRole("button", { name: "Erase" });
    await user.click(erase);
    const dialog = screen.getByRole("alertdialog", { name: `Erase ${person.name}?` });
    // The safe choice has the focus; Tab reaches the reason and both buttons, and stays inside.
    expect(within(dialog).getByRole("button", { name: "Keep it" })).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByLabelText("Reason")).toHaveFocus();

    await user.click(within(dialog).getByRole("button", { name: "Erase this person" }));
    const reason = within(dialog).getByLabelText("Reason");
    expect(reason).toHaveAccessibleDescription(/Say why this person is being erased/);
    expect(reason).toHaveAttribute("aria-invalid", "true");
    expect(reason).toHaveFocus();
    expect(screen.getByRole("alertdialog", { name: `Erase ${person.name}?` })).toBeInTheDocument();

    await user.type(reason, "They asked us to forget them (email of 28 Nov).");
    await user.click(within(dialog).getByRole("button", { name: "Erase this person" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Erased person" })).toBeInTheDocument();
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(
      await screen.findByText("Erased. Their identity is gone; what they took part in stays on record, counted."),
    ).toBeInTheDocument();
    expect(screen.getByText(/This person was erased on \d{1,2} \w{3} \d{4}\./)).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1, name: "Erased person" })).toHaveFocus();
    // Read-only: no form, no Erase, no Delete.
    expect(screen.queryByLabelText("Name")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Save" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Erase" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Delete" })).not.toBeInTheDocument();

    const stored = await apiJson<Person>(`/people/${person.id}`);
    expect(stored).toMatchObject({ name: "Erased person", email: null, erasedAt: expect.any(String) });
  });

  it("shows the API's refusal of a reason on the Reason field and keeps the dialog open", async () => {
    await signInAs("admin@example.org");
    const person = (await people()).find((p) => !p.erasedAt) as Person;
    server.use(
      answerWith("post", "/people/:id/erase", invalidInput([{ path: "reason", message: "The server wants more" }])),
    );
    const { user } = renderApp(`/people/${person.id}`);
    await user.click(await screen.findByRole("button", { name: "Erase" }));
    const dialog = screen.getByRole("alertdialog", { name: `Erase ${person.name}?` });
    await user.type(within(dialog).getByLabelText("Reason"), "x");
    await user.click(within(dialog).getByRole("button", { name: "Erase this person" }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText("Reason")).toHaveAccessibleDescription(/The server wants more/),
    );
    expect(within(dialog).getByLabelText("Reason")).toHaveValue("x");
    await user.click(within(dialog).getByRole("button", { name: "Keep it" }));
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Erase" })).toHaveFocus();
    expect((await apiJson<Person>(`/people/${person.id}`)).erasedAt).toBeNull();
  });
});

describe("Retention review (admin)", () => {
  it("lists who is due, keeps one for another year and erases another", async () => {
    await signInAs("admin@example.org");
    const due = await apiJson<PeoplePage>("/people?retention=due&pageSize=25");
    expect(due.total).toBeGreaterThanOrEqual(2);
    const { user } = renderApp("/dashboard");
    await user.click(await screen.findByRole("link", { name: "Retention review" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Retention review" })).toBeInTheDocument();

    const table = await screen.findByRole("table", { name: `People due for a retention review, ${due.total}` });
    expect(headers(table)).toEqual(["Name", "Review was due", "Last involvement", "Actions"]);
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getByRole("link").textContent)).toEqual(due.items.map((p) => p.name));
    const [first, second] = due.items as [Person, Person];
    const firstRow = rows[0] as HTMLElement;
    expect(
      within(firstRow)
        .getAllByRole("cell")
        .slice(0, 3)
        .map((c) => c.textContent),
    ).toEqual([
      first.name,
      formatDate(first.retentionReviewOn),
      first.lastInvolvementOn ? formatDate(first.lastInvolvementOn) : "Never",
    ]);

    const keep = within(firstRow).getByRole("button", { name: "Keep for another year" });
    expect(keep).toHaveAccessibleDescription(first.name);
    await user.click(keep);
    const until = aYearAfter(today());
    expect(
      await screen.findByText(`Kept ${first.name} for another year: their next review is on ${formatDate(until)}.`),
    ).toBeInTheDocument();
    await waitFor(() => expect(within(table).queryByRole("link", { name: first.name })).not.toBeInTheDocument());
    expect((await apiJson<Person>(`/people/${first.id}`)).retentionReviewOn).toBe(until);

    const secondRow = within(table).getByRole("link", { name: second.name }).closest("tr") as HTMLElement;
    await user.click(within(secondRow).getByRole("button", { name: "Erase" }));
    const dialog = screen.getByRole("alertdialog", { name: `Erase ${second.name}?` });
    await user.type(within(dialog).getByLabelText("Reason"), "Retention review: no contact for three years.");
    await user.click(within(dialog).getByRole("button", { name: "Erase this person" }));
    expect(
      await screen.findByText("Erased. Their identity is gone; what they took part in stays on record, counted."),
    ).toBeInTheDocument();
    await waitFor(() => expect(within(table).queryByRole("link", { name: second.name })).not.toBeInTheDocument());
    expect(table).toHaveAccessibleName(`People due for a retention review, ${due.total - 2}`);
  });

  it("says when no one is due", async () => {
    await signInAs("admin@example.org");
    server.use(
      http.get("*/api/people", ({ request }) =>
        new URL(request.url).searchParams.get("retention") === "due"
          ? HttpResponse.json({ items: [], total: 0, page: 1, pageSize: 25 })
          : undefined,
      ),
    );
    renderApp("/admin/retention");
    expect(await screen.findByText("No one is due for a retention review.")).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });
});

describe("Privacy operations for other roles", () => {
  it("gives a lead the consent history but no Subject access, Erase or Retention review", async () => {
    await signInAs("lead@example.org");
    const person = await personWithInvolvements();
    const { user, history } = renderApp(`/people/${person.id}`);
    expect(await screen.findByRole("heading", { level: 1, name: person.name })).toBeInTheDocument();
    expect(await screen.findByRole("table", { name: "Consent history, newest first" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Subject access" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Erase" })).not.toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Retention review" })).not.toBeInTheDocument();

    // Delete is refused for someone who took part: the lead is sent to an admin.
    await user.click(screen.getByRole("button", { name: "Delete" }));
    await user.click(within(screen.getByRole("alertdialog")).getByRole("button", { name: "Delete person" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("An admin can erase them instead");

    history.push(`/people/${person.id}/subject-access`);
    expect(await screen.findByText("Only admin answers subject access requests.")).toBeInTheDocument();
    history.push("/admin/retention");
    expect(await screen.findByText("Only admin reviews who is kept.")).toBeInTheDocument();
  });
});

describe("A year after a day", () => {
  it("is the same day next year, and the 28th of February for the 29th", () => {
    expect(aYearAfter("2026-11-30")).toBe("2027-11-30");
    expect(aYearAfter("2028-02-29")).toBe("2029-02-28");
    expect(aYearAfter("2027-02-28")).toBe("2028-02-28");
  });
});
