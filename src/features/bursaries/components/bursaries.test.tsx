import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { answerWith, invalidInput, server } from "../../../../tests/setup/msw";
import { apiJson, renderApp, signInAs } from "../../../../tests/setup/render-app";

/** A conference with one bursary place and £100 set aside, created as the events team. */
async function conferenceWithOnePlace(title: string) {
  const teams = await apiJson<{ items: { id: string }[] }>("/teams");
  const me = await apiJson<{ user: { id: string } }>("/auth/me");
  const item = await apiJson<{ id: string }>("/work-items", {
    method: "POST",
    body: JSON.stringify({
      title,
      kind: "conference",
      teamId: teams.items[0]?.id,
      leadId: me.user.id,
      startDate: "2026-06-10",
      endDate: "2026-06-11",
      status: "planned",
    }),
  });
  await apiJson(`/work-items/${item.id}/event-details`, {
    method: "PUT",
    body: JSON.stringify({
      bursaryPlaces: 1,
      bursaryBudgetPence: 10000,
      adviceSought: null,
      adviceOutcome: "",
      version: 0,
    }),
  });
  return item;
}

const newPatient = (name: string) =>
  apiJson<{ id: string; name: string }>("/people", {
    method: "POST",
    body: JSON.stringify({ name, perspectives: ["patient"] }),
  });

describe("Bursaries on a conference", () => {
  it("lets the events team add bursaries, move them on, and see places, spend, funnel and warnings", {
    timeout: 60_000,
  }, async () => {
    await signInAs("events@example.org");
    const item = await conferenceWithOnePlace("Living well with kidney disease");
    await newPatient("Tamsin Rowe");
    await newPatient("Ewan Pascoe");

    const { user } = renderApp(`/work-items/${item.id}`);
    const section = await screen.findByRole("region", { name: "Bursaries" }, { timeout: 10_000 });
    expect(await within(section).findByText("No bursaries yet.")).toBeInTheDocument();
    expect(within(section).getByText("Places used: 0 of 1")).toBeInTheDocument();
    expect(within(section).getByText("Spend: £0.00 of £100.00 budget")).toBeInTheDocument();

    const add = within(section).getByRole("form", { name: "Add a bursary" });
    expect(within(add).getByRole("heading", { name: "Add a bursary" })).toBeInTheDocument();

    // Nothing chosen and a bad amount: both shown on their fields, and what was typed stays.
    await user.type(within(add).getByLabelText("Travel (£)"), "12.345");
    await user.click(within(add).getByRole("button", { name: "Add bursary" }));
    expect(await within(add).findByText("Choose a person")).toBeInTheDocument();
    expect(within(add).getByLabelText("Travel (£)")).toHaveAccessibleDescription(
      /Enter an amount in pounds, like 1500 or 1,500.50/,
    );
    expect(within(add).getByLabelText("Travel (£)")).toHaveValue("12.345");

    await user.type(within(add).getByLabelText("Find person"), "Tamsin Rowe");
    const person = within(add).getByLabelText("Person");
    await waitFor(() => expect(within(person).getByRole("option", { name: /^Tamsin Rowe/ })).toBeInTheDocument());
    await user.selectOptions(person, within(person).getByRole("option", { name: /^Tamsin Rowe/ }));
    await user.clear(within(add).getByLabelText("Travel (£)"));
    await user.type(within(add).getByLabelText("Travel (£)"), "45.50");
    await user.type(within(add).getByLabelText("Ticket value waived (£)"), "20");
    await user.click(within(add).getByRole("button", { name: "Add bursary" }));
    expect(await screen.findByText("Added a bursary for Tamsin Rowe.")).toBeInTheDocument();
    expect(within(add).getByLabelText("Person")).toHaveValue("");
    expect(within(add).getByLabelText("Travel (£)")).toHaveValue("");

    const table = await within(section).findByRole("table", { name: "Bursaries, 1" });
    const row = within(table).getByRole("row", { name: /Tamsin Rowe/ });
    expect(within(row).getByRole("cell", { name: "Applied" })).toBeInTheDocument();
    expect(within(row).getByRole("cell", { name: "£65.50" })).toBeInTheDocument();
    expect(row).toHaveTextContent(/Applied \d{1,2} \w{3} \d{4}/);

    const moveTo = within(row).getByRole("combobox", { name: "Move Tamsin Rowe to" });
    expect(
      within(moveTo)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Choose a status", "Offered", "Declined", "Withdrawn"]);
    await user.selectOptions(moveTo, "Offered");
    await user.click(within(row).getByRole("button", { name: "Update status for Tamsin Rowe" }));
    expect(await screen.findByText("Moved Tamsin Rowe to Offered.")).toBeInTheDocument();
    await waitFor(() => expect(within(row).getByRole("cell", { name: "Offered" })).toBeInTheDocument());
    expect(row).toHaveTextContent(/Applied \d{1,2} \w{3} \d{4} → Offered \d{1,2} \w{3} \d{4}/);

    const next = within(row).getByRole("combobox", { name: "Move Tamsin Rowe to" });
    await waitFor(() => expect(within(next).queryByRole("option", { name: "Accepted" })).toBeInTheDocument());
    await user.selectOptions(next, "Accepted");
    await user.click(within(row).getByRole("button", { name: "Update status for Tamsin Rowe" }));
    expect(await screen.findByText("Moved Tamsin Rowe to Accepted.")).toBeInTheDocument();
    await waitFor(() => expect(within(row).getByRole("cell", { name: "Accepted" })).toBeInTheDocument());

    expect(await within(section).findByText("Places used: 1 of 1")).toBeInTheDocument();
    expect(within(section).getByText("Spend: £65.50 of £100.00 budget")).toBeInTheDocument();
    const funnel = within(section).getByRole("table", { name: "Bursary funnel" });
    const count = (stage: string) =>
      within(within(funnel).getByRole("row", { name: new RegExp(`^${stage}`) })).getByRole("cell");
    expect(count("Applied")).toHaveTextContent("1");
    expect(count("Offered")).toHaveTextContent("1");
    expect(count("Accepted")).toHaveTextContent("1");
    expect(count("Attended")).toHaveTextContent("0");
    expect(within(section).queryByRole("alert")).not.toBeInTheDocument();

    // A second bursary, offered straight away: more offers than places.
    await user.type(within(add).getByLabelText("Find person"), "Ewan Pascoe");
    await waitFor(() =>
      expect(
        within(within(add).getByLabelText("Person")).getByRole("option", { name: /^Ewan Pascoe/ }),
      ).toBeInTheDocument(),
    );
    await user.selectOptions(
      within(add).getByLabelText("Person"),
      within(within(add).getByLabelText("Person")).getByRole("option", { name: /^Ewan Pascoe/ }),
    );
    await user.type(within(add).getByLabelText("Care costs (£)"), "10");
    await user.click(within(add).getByRole("button", { name: "Add bursary" }));
    expect(await screen.findByText("Added a bursary for Ewan Pascoe.")).toBeInTheDocument();
    const second = await within(section).findByRole("row", { name: /Ewan Pascoe/ });
    await user.selectOptions(within(second).getByRole("combobox", { name: "Move Ewan Pascoe to" }), "Offered");
    await user.click(within(second).getByRole("button", { name: "Update status for Ewan Pascoe" }));
    expect(await screen.findByText("Moved Ewan Pascoe to Offered.")).toBeInTheDocument();

    const warning = await within(section).findByRole("alert");
    expect(warning).toHaveTextContent("Offers exceed places: 2 places offered or taken, against 1 available.");
    expect(within(section).getByText("Places used: 2 of 1")).toBeInTheDocument();
    expect(within(section).getByRole("table", { name: "Bursaries, 2" })).toBeInTheDocument();
  });

  it("asks to check again when someone else moved the bursary first", async () => {
    await signInAs("events@example.org");
    const item = await conferenceWithOnePlace("Young carers' day");
    const patient = await newPatient("Jory Kitto");
    const bursary = await apiJson<{ id: string; version: number }>("/bursaries", {
      method: "POST",
      body: JSON.stringify({ workItemId: item.id, personId: patient.id }),
    });

    const { user } = renderApp(`/work-items/${item.id}`);
    const section = await screen.findByRole("region", { name: "Bursaries" }, { timeout: 10_000 });
    const row = await within(section).findByRole("row", { name: /Jory Kitto/ });
    // Meanwhile, a colleague offers them a place.
    await apiJson(`/bursaries/${bursary.id}`, {
      method: "PATCH",
      body: JSON.stringify({ status: "offered", version: bursary.version }),
    });

    await user.click(within(row).getByRole("button", { name: "Update status for Jory Kitto" }));
    expect(await within(row).findByRole("alert")).toHaveTextContent("Choose what to move Jory Kitto to");
    await user.selectOptions(within(row).getByRole("combobox", { name: "Move Jory Kitto to" }), "Withdrawn");
    await user.click(within(row).getByRole("button", { name: "Update status for Jory Kitto" }));
    expect(await within(row).findByRole("alert")).toHaveTextContent(
      /Someone else changed the bursary for Jory Kitto since you loaded it/,
    );
    await waitFor(() => expect(within(row).getByRole("cell", { name: "Offered" })).toBeInTheDocument());
    await user.click(within(row).getByRole("button", { name: "Update status for Jory Kitto" }));
    expect(await screen.findByText("Moved Jory Kitto to Withdrawn.")).toBeInTheDocument();
    await waitFor(() => expect(within(row).getByRole("cell", { name: "Withdrawn" })).toBeInTheDocument());
    expect(within(row).getByText("Closed")).toBeInTheDocument();

    await user.click(within(row).getByRole("button", { name: "Delete the bursary for Jory Kitto" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Delete this bursary?" });
    await user.click(within(dialog).getByRole("button", { name: "Delete bursary" }));
    expect(await screen.findByText("Deleted the bursary for Jory Kitto.")).toBeInTheDocument();
    expect(await within(section).findByText("No bursaries yet.")).toBeInTheDocument();
  });

  it("puts the API's field errors on the fields, in pounds, and keeps what was typed", async () => {
    await signInAs("events@example.org");
    const item = await conferenceWithOnePlace("Dementia friendly communities");
    await newPatient("Morvah Jenkin");
    server.use(
      answerWith(
        "post",
        "/bursaries",
        invalidInput([
          { path: "travelPence", message: "The travel cost is too large" },
          { path: "workItemId", message: "Choose a conference or event" },
        ]),
      ),
    );
    const { user } = renderApp(`/work-items/${item.id}`);
    const section = await screen.findByRole("region", { name: "Bursaries" }, { timeout: 10_000 });
    const add = within(section).getByRole("form", { name: "Add a bursary" });
    await user.type(within(add).getByLabelText("Find person"), "Morvah Jenkin");
    const person = within(add).getByLabelText("Person");
    await waitFor(() => expect(within(person).getByRole("option", { name: /^Morvah Jenkin/ })).toBeInTheDocument());
    await user.selectOptions(person, within(person).getByRole("option", { name: /^Morvah Jenkin/ }));
    await user.selectOptions(within(add).getByLabelText("Status"), "Offered");
    await user.type(within(add).getByLabelText("Travel (£)"), "1,200");
    await user.click(within(add).getByRole("button", { name: "Add bursary" }));

    const travel = within(add).getByLabelText("Travel (£)");
    await waitFor(() => expect(travel).toHaveAccessibleDescription(/The travel cost is too large/));
    expect(travel).toHaveValue("1,200");
    expect(travel).toHaveFocus();
    expect(within(add).getByRole("alert")).toHaveTextContent("Choose a conference or event");
    expect(within(add).getByLabelText("Person")).toHaveDisplayValue(/^Morvah Jenkin/);
    expect(within(add).getByLabelText("Status")).toHaveValue("offered");
  });

  it("shows a manager the summary and the list, without care costs, the form or move controls", async () => {
    await signInAs("events@example.org");
    const item = await conferenceWithOnePlace("Patient safety summit");
    const patient = await newPatient("Demelza Trewin");
    await apiJson("/bursaries", {
      method: "POST",
      body: JSON.stringify({ workItemId: item.id, personId: patient.id, status: "offered", travelPence: 2500 }),
    });
    const carer = await newPatient("Locryn Pascoe");
    await apiJson("/bursaries", {
      method: "POST",
      body: JSON.stringify({ workItemId: item.id, personId: carer.id, travelPence: 1000, carePence: 3300 }),
    });

    await signInAs("manager@example.org");
    renderApp(`/work-items/${item.id}`);
    const section = await screen.findByRole("region", { name: "Bursaries" }, { timeout: 10_000 });
    expect(await within(section).findByText("Places used: 1 of 1")).toBeInTheDocument();
    // Spend counts the bursaries holding a place (the carer's has only applied).
    expect(within(section).getByText("Spend (care not shown): £25.00 of £100.00 budget")).toBeInTheDocument();
    expect(within(section).getByRole("table", { name: "Bursary funnel" })).toBeInTheDocument();
    const table = await within(section).findByRole("table", { name: "Bursaries, 2" });
    const row = within(table).getByRole("row", { name: /Demelza Trewin/ });
    expect(within(row).getByRole("cell", { name: "Offered" })).toBeInTheDocument();
    expect(within(row).getByRole("cell", { name: "£25.00" })).toBeInTheDocument();
    // Care costs are not shown to a manager, nor a total that holds them: the cost is ticket, travel and accommodation.
    expect(within(table).getByRole("columnheader", { name: "Cost (care not shown)" })).toBeInTheDocument();
    expect(within(table).queryByRole("columnheader", { name: "Total cost" })).not.toBeInTheDocument();
    const carerRow = within(table).getByRole("row", { name: /Locryn Pascoe/ });
    expect(within(carerRow).getByRole("cell", { name: "£10.00" })).toBeInTheDocument();
    expect(table.textContent).not.toContain("£43.00");
    expect(table.textContent).not.toContain("£33.00");
    expect(within(section).queryByRole("form", { name: "Add a bursary" })).not.toBeInTheDocument();
    expect(within(section).queryByRole("heading", { name: "Add a bursary" })).not.toBeInTheDocument();
    expect(within(section).queryByRole("combobox")).not.toBeInTheDocument();
    expect(within(section).queryByRole("button")).not.toBeInTheDocument();
  });
});
