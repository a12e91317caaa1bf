import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { apiPath, renderApp, signInAs } from "../../../../tests/setup/render-app";

type Consent = { givenOn: string; withdrawnOn: string | null } | null;

async function newPerson(name: string, equalityMonitoring: Consent): Promise<string> {
  const response = await fetch(`http://localhost:3000${apiPath("/people")}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      name,
      perspectives: ["patient"],
      consents: { contact: null, equalityMonitoring, namedPublicly: null },
    }),
  });
  if (response.status !== 201) throw new Error(`create person: ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}

const consentGiven = { givenOn: "2026-01-01", withdrawnOn: null };

/** The section, once the page has finished loading (so no request outlives the test). */
async function equalitySection() {
  const section = await screen.findByRole("region", { name: "Equality monitoring" }, { timeout: 10_000 });
  await screen.findByText("No involvements recorded yet.");
  return section;
}

describe("Equality monitoring", () => {
  it("lets a lead record answers without seeing them, and admin see them on request", async () => {
    await signInAs("lead@example.org");
    const id = await newPerson("Marisol Thackeray", consentGiven);
    const lead = renderApp(`/people/${id}`);
    const section = await equalitySection();
    expect(
      within(section).getByText("Answers already on record are not shown to your role; saving replaces them."),
    ).toBeInTheDocument();
    expect(within(section).queryByRole("button", { name: "Show answers" })).not.toBeInTheDocument();
    expect(within(section).getByLabelText("Ethnic group")).toHaveValue("");

    await lead.user.selectOptions(within(section).getByLabelText("Ethnic group"), "Black");
    await lead.user.selectOptions(within(section).getByLabelText("Age band"), "35 to 44");
    await lead.user.selectOptions(within(section).getByLabelText("Disabled (Equality Act 2010)"), "Prefer not to say");
    await lead.user.click(within(section).getByRole("button", { name: "Save answers" }));
    expect(await screen.findByText("Saved the equality-monitoring answers.")).toBeInTheDocument();
    expect(within(section).getByLabelText("Ethnic group")).toHaveValue("");
    expect(within(section).getByLabelText("Age band")).toHaveValue("");
    lead.unmount();

    await signInAs("admin@example.org");
    const admin = renderApp(`/people/${id}`);
    const adminSection = await equalitySection();
    expect(within(adminSection).getByLabelText("Ethnic group")).toHaveValue("");
    await admin.user.click(within(adminSection).getByRole("button", { name: "Show answers" }));
    const ethnicity = within(adminSection).getByLabelText("Ethnic group");
    await waitFor(() => expect(ethnicity).toHaveValue("black"));
    expect(within(ethnicity).getByRole("option", { name: "Black", selected: true })).toBeInTheDocument();
    expect(await within(adminSection).findByText("Showing the answers on record.")).toBeInTheDocument();
    expect(within(adminSection).getByLabelText("Age band")).toHaveValue("35-44");
    expect(within(adminSection).getByLabelText("Disabled (Equality Act 2010)")).toHaveValue("prefer_not_to_say");
    expect(within(adminSection).getByLabelText("Sex")).toHaveValue("");

    await admin.user.click(within(adminSection).getByRole("button", { name: "Delete answers" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Delete these answers?" });
    await admin.user.click(within(dialog).getByRole("button", { name: "Delete answers" }));
    expect(await screen.findByText("Deleted the equality-monitoring answers.")).toBeInTheDocument();
    expect(within(adminSection).getByLabelText("Ethnic group")).toHaveValue("");
    await admin.user.click(within(adminSection).getByRole("button", { name: "Show answers" }));
    expect(await within(adminSection).findByText("No answers recorded yet.")).toBeInTheDocument();
  });

  it("shows an answer the schema does not know as an error on its field", async () => {
    await signInAs("events@example.org");
    const id = await newPerson("Ottoline Bracewell", consentGiven);
    const { user } = renderApp(`/people/${id}`);
    const section = await equalitySection();
    const region = within(section).getByLabelText("Region") as HTMLSelectElement;
    // An answer the API does not know (as from an out-of-date page).
    const stale = document.createElement("option");
    stale.value = "atlantis";
    stale.textContent = "Atlantis";
    region.append(stale);
    await user.selectOptions(region, "Atlantis");
    await user.click(within(section).getByRole("button", { name: "Save answers" }));
    expect(await within(section).findByText(/^Choose one of:/)).toBeInTheDocument();
    expect(region).toHaveAttribute("aria-invalid", "true");
  });

  it("shows no form for a person without consent", async () => {
    await signInAs("lead@example.org");
    const id = await newPerson("Fenwick Aldous", null);
    renderApp(`/people/${id}`);
    const section = await equalitySection();
    expect(
      within(section).getByText("No consent to equality monitoring, so no answers can be recorded."),
    ).toBeInTheDocument();
    expect(within(section).queryByRole("combobox")).not.toBeInTheDocument();
    expect(within(section).queryByRole("button")).not.toBeInTheDocument();
  });

  it("hides the form once the consent is withdrawn in the person's details", async () => {
    await signInAs("lead@example.org");
    const id = await newPerson("Leofric Ashdown", consentGiven);
    const { user } = renderApp(`/people/${id}`);
    const section = await equalitySection();
    expect(within(section).getByRole("button", { name: "Save answers" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Withdraw equality monitoring consent today" }));
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Saved changes to Leofric Ashdown.")).toBeInTheDocument();
    expect(
      await within(section).findByText("No consent to equality monitoring, so no answers can be recorded."),
    ).toBeInTheDocument();
    expect(within(section).queryByRole("combobox")).not.toBeInTheDocument();
  });

  it("shows a manager only whether consent was given", async () => {
    await signInAs("lead@example.org");
    const id = await newPerson("Perpetua Lindqvist", consentGiven);
    await signInAs("manager@example.org");
    renderApp(`/people/${id}`);
    const section = await equalitySection();
    expect(within(section).getByText("Consent to equality monitoring given on 1 Jan 2026.")).toBeInTheDocument();
    expect(within(section).queryByRole("combobox")).not.toBeInTheDocument();
    expect(within(section).queryByRole("button", { name: "Show answers" })).not.toBeInTheDocument();
    expect(within(section).queryByRole("button")).not.toBeInTheDocument();
  });
});
