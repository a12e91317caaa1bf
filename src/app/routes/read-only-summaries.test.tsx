import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { apiJson, renderApp, signInAs } from "../../../tests/setup/render-app";
import { disabledFields, summaryHasTerm, summaryValue } from "../../../tests/setup/summary";

type Created = { id: string };

/**
 * One of each record, with values whose words are known (UK dates, pounds, labels), made by
 * admin as lead of the work item. Each test file has its own database, so these are fresh.
 */
async function records() {
  const admin = await signInAs("admin@example.org");
  const teams = await apiJson<{ items: { id: string; name: string }[] }>("/teams");
  const team = teams.items[0] as { id: string; name: string };
  const item = await apiJson<Created>("/work-items", {
    method: "POST",
    body: JSON.stringify({
      title: "Survey of waiting times for wheelchair services",
      kind: "research",
      teamId: team.id,
      leadId: admin.id,
      startDate: "2026-11-17",
      endDate: null,
      status: "in_progress",
      summary: "Patients shape the questions.\nCarers test the survey.",
    }),
  });
  const person = await apiJson<Created>("/people", {
    method: "POST",
    body: JSON.stringify({
      name: "Hollis Penhaligon",
      email: "hollis.penhaligon@example.net",
      phone: "01632 960123",
      perspectives: ["carer", "public"],
      livedExperience: ["dementia"],
      accessNeeds: "Step-free access and a quiet room.",
      paymentPreference: "gift_voucher",
      retentionReviewOn: "2029-04-30",
      consents: {
        contact: { givenOn: "2026-03-02", withdrawnOn: "2026-09-14" },
        equalityMonitoring: null,
        namedPublicly: { givenOn: "2026-03-02", withdrawnOn: null },
      },
    }),
  });
  const involvement = await apiJson<Created>("/involvements", {
    method: "POST",
    body: JSON.stringify({
      workItemId: item.id,
      personId: person.id,
      role: "advisory_group",
      status: "confirmed",
      startDate: "2026-11-17",
      endDate: "2026-12-01",
      hours: 6,
      ask: "Join three advisory meetings.",
      expectations: "A fee, travel paid, and a note of what changed.",
      support: ["briefing", "care_costs"],
      feePence: 15_000,
      expensesPence: 2_350,
      paymentStatus: "due",
      impact: "The survey now asks about repairs.",
    }),
  });
  const feedback = await apiJson<Created>("/feedback", {
    method: "POST",
    body: JSON.stringify({
      personId: person.id,
      workItemId: item.id,
      receivedOn: "2026-11-20",
      channel: "social_media",
      summary: "The survey was too long to finish on a phone.",
      action: "Split it into two shorter parts.",
      actionOwnerId: admin.id,
      actionDueOn: "2099-01-15",
      actionStatus: "in_progress",
    }),
  });
  return { admin, team, item, person, involvement, feedback };
}

const noDisabledFields = () => expect(disabledFields(document.body)).toEqual([]);

describe("Read-only means readable: what a manager sees", () => {
  it("reads a work item, a person, an involvement and feedback as summaries, with no disabled fields", async () => {
    const { admin, team, item, person, involvement, feedback } = await records();
    await signInAs("manager@example.org");

    // The work item.
    const itemPage = renderApp(`/work-items/${item.id}`);
    const details = await screen.findByRole("region", { name: "Work item details" }, { timeout: 10_000 });
    expect(screen.getByText("Your role can view this work item but not change it.")).toBeInTheDocument();
    expect(summaryValue(details, "Title")).toHaveTextContent("Survey of waiting times for wheelchair services");
    expect(summaryValue(details, "Kind")).toHaveTextContent("Research");
    expect(summaryValue(details, "Status")).toHaveTextContent("In progress");
    expect(summaryValue(details, "Team")).toHaveTextContent(team.name);
    expect(summaryValue(details, "Lead")).toHaveTextContent(admin.name);
    expect(summaryValue(details, "Start date")).toHaveTextContent(/^17 Nov 2026$/);
    expect(within(summaryValue(details, "Start date")).getByText("17 Nov 2026")).toHaveAttribute(
      "datetime",
      "2026-11-17",
    );
    expect(summaryValue(details, "End date")).toHaveTextContent("Not set");
    // Line breaks as typed.
    expect(summaryValue(details, "Summary").textContent).toBe("Patients shape the questions.\nCarers test the survey.");
    const people = await screen.findByRole("region", { name: "People involved" });
    await within(people).findByRole("row", { name: /Hollis Penhaligon/ });
    await screen.findByText("Undecided: no involvement decision has been recorded yet.");
    expect(screen.queryByRole("button", { name: "Save" })).not.toBeInTheDocument();
    expect(screen.queryByRole("textbox")).not.toBeInTheDocument();
    expect(screen.queryByRole("combobox")).not.toBeInTheDocument();
    noDisabledFields();
    itemPage.unmount();

    // The person: no contact details, lived experience or access needs for a manager.
    const personPage = renderApp(`/people/${person.id}`);
    const about = await screen.findByRole("region", { name: "Details of the person" }, { timeout: 10_000 });
    expect(screen.getByText("Your role can view people but not change them.")).toBeInTheDocument();
    expect(summaryValue(about, "Name")).toHaveTextContent("Hollis Penhaligon");
    expect(summaryValue(about, "Perspectives")).toHaveTextContent(/^Carer, Member of the public$/);
    expect(summaryValue(about, "Payment preference")).toHaveTextContent("Gift voucher");
    expect(summaryValue(about, "Retention review date")).toHaveTextContent(/^30 Apr 2029$/);
    expect(summaryValue(about, "Consent: contact")).toHaveTextContent(
      /^Given on 2 Mar 2026, withdrawn on 14 Sept? 2026$/,
    );
    expect(summaryValue(about, "Consent: equality monitoring")).toHaveTextContent("Not given");
    expect(summaryValue(about, "Consent: named publicly")).toHaveTextContent(/^Given on 2 Mar 2026$/);
    for (const hidden of ["Email", "Phone", "Lived experience", "Access needs"]) {
      expect(summaryHasTerm(about, hidden), hidden).toBe(false);
    }
    expect(document.body.textContent).not.toContain("hollis.penhaligon@example.net");
    expect(document.body.textContent).not.toContain("01632 960123");
    expect(document.body.textContent).not.toContain("Step-free access");
    expect(document.body.textContent).not.toContain("undefined");
    const history = await screen.findByRole("region", { name: "Consent history" });
    await within(history).findByRole("table");
    const involvements = await screen.findByRole("region", { name: "Involvements" });
    await within(involvements).findByRole("table");
    expect(screen.queryByRole("button", { name: /^Withdraw/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Save" })).not.toBeInTheDocument();
    noDisabledFields();
    personPage.unmount();

    // The involvement: money in pounds, links to the person and the work item, no support offered.
    const involvementPage = renderApp(`/involvements/${involvement.id}`);
    const summary = await screen.findByRole("region", { name: "The involvement" }, { timeout: 10_000 });
    expect(screen.getByText("Your role can view this involvement but not change it.")).toBeInTheDocument();
    expect(within(summaryValue(summary, "Person")).getByRole("link", { name: "Hollis Penhaligon" })).toHaveAttribute(
      "href",
      `/people/${person.id}`,
    );
    expect(
      within(summaryValue(summary, "Work item")).getByRole("link", {
        name: "Survey of waiting times for wheelchair services",
      }),
    ).toHaveAttribute("href", `/work-items/${item.id}`);
    expect(summaryValue(summary, "Role")).toHaveTextContent("Advisory group member");
    expect(summaryValue(summary, "Status")).toHaveTextContent("Confirmed");
    expect(summaryValue(summary, "From")).toHaveTextContent(/^17 Nov 2026$/);
    expect(summaryValue(summary, "To")).toHaveTextContent(/^1 Dec 2026$/);
    expect(summaryValue(summary, "Hours")).toHaveTextContent("6");
    expect(summaryValue(summary, "What we ask of them")).toHaveTextContent("Join three advisory meetings.");
    expect(summaryValue(summary, "Fee")).toHaveTextContent(/^£150\.00$/);
    expect(summaryValue(summary, "Expenses")).toHaveTextContent(/^£23\.50$/);
    expect(summaryValue(summary, "Payment status")).toHaveTextContent("Due");
    expect(summaryValue(summary, "Their feedback")).toHaveTextContent("Not recorded");
    expect(summaryValue(summary, "Impact")).toHaveTextContent("The survey now asks about repairs.");
    expect(summaryHasTerm(summary, "Support offered")).toBe(false);
    expect(document.body.textContent).not.toContain("Care costs covered");
    expect(document.body.textContent).not.toContain("undefined");
    expect(screen.queryByRole("button", { name: "Save" })).not.toBeInTheDocument();
    noDisabledFields();
    involvementPage.unmount();

    // The feedback.
    renderApp(`/feedback/${feedback.id}`);
    const told = await screen.findByRole("region", { name: "Feedback and action" }, { timeout: 10_000 });
    expect(screen.getByText("Your role can read feedback but not change it.")).toBeInTheDocument();
    expect(summaryValue(told, "Received on")).toHaveTextContent(/^20 Nov 2026$/);
    expect(summaryValue(told, "Channel")).toHaveTextContent("Social media");
    expect(
      within(summaryValue(told, "From")).getByRole("link", { name: "The person who gave this feedback" }),
    ).toHaveAttribute("href", `/people/${person.id}`);
    expect(
      await within(summaryValue(told, "About")).findByRole("link", {
        name: "Survey of waiting times for wheelchair services",
      }),
    ).toHaveAttribute("href", `/work-items/${item.id}`);
    expect(summaryValue(told, "What we were told")).toHaveTextContent("The survey was too long to finish on a phone.");
    expect(summaryValue(told, "What we will do")).toHaveTextContent("Split it into two shorter parts.");
    expect(summaryValue(told, "Action owner")).toHaveTextContent(admin.name);
    expect(summaryValue(told, "Due on")).toHaveTextContent(/^15 Jan 2099$/);
    expect(summaryValue(told, "Action status")).toHaveTextContent("In progress");
    expect(summaryValue(told, "Told them back on")).toHaveTextContent("Not yet");
    expect(summaryHasTerm(told, "Why we won't act on it")).toBe(false);
    expect(screen.queryByRole("button", { name: "Save" })).not.toBeInTheDocument();
    noDisabledFields();
  });

  it("reads a conference, with its agenda, event details and bursaries, with no disabled fields", async () => {
    await signInAs("manager@example.org");
    const conferences = await apiJson<{ items: { id: string; title: string }[] }>(
      "/work-items?kind=conference&pageSize=1",
    );
    const conference = conferences.items[0] as { id: string; title: string };
    renderApp(`/work-items/${conference.id}`);
    const details = await screen.findByRole("region", { name: "Work item details" }, { timeout: 10_000 });
    expect(summaryValue(details, "Kind")).toHaveTextContent("Conference");
    const event = await screen.findByRole("region", { name: "Speaker advice and bursary places" });
    expect(await within(event).findByText("Bursary budget")).toBeInTheDocument();
    expect(summaryValue(event, "Bursary budget")).toHaveTextContent(/^£[\d,]+\.\d\d$/);
    const bursaries = await screen.findByRole("region", { name: "Bursaries" });
    await waitFor(() => expect(within(bursaries).queryByText(/Loading/)).not.toBeInTheDocument());
    const agenda = await screen.findByRole("region", { name: "Agenda" });
    await waitFor(() => expect(within(agenda).queryByText(/Loading/)).not.toBeInTheDocument());
    expect(screen.queryByRole("textbox")).not.toBeInTheDocument();
    expect(screen.queryByRole("combobox")).not.toBeInTheDocument();
    noDisabledFields();
  });

  it("tells a manager who opens Log feedback that their role cannot log it, with no form", async () => {
    await signInAs("manager@example.org");
    renderApp("/feedback/new");
    expect(await screen.findByRole("heading", { name: "Log feedback" }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText(/Your role can read feedback but not log it\./)).toBeInTheDocument();
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Save" })).not.toBeInTheDocument();
    noDisabledFields();
  });
});

describe("Read-only means readable: a role that may change the record still gets the form", () => {
  it("gives admin editable fields for the work item, the person, the involvement and the feedback", async () => {
    const { item, person, involvement, feedback } = await records();

    const itemPage = renderApp(`/work-items/${item.id}`);
    const title = await screen.findByLabelText("Title", {}, { timeout: 10_000 });
    expect(title).toBeEnabled();
    expect(title).toHaveValue("Survey of waiting times for wheelchair services");
    expect(screen.getByLabelText("Start date")).toHaveValue("2026-11-17");
    expect(screen.getByRole("button", { name: "Save" })).toBeEnabled();
    expect(screen.queryByRole("region", { name: "Work item details" })).not.toBeInTheDocument();
    await screen.findByRole("region", { name: "People involved" });
    noDisabledFields();
    itemPage.unmount();

    const personPage = renderApp(`/people/${person.id}`);
    expect(await screen.findByLabelText("Name", {}, { timeout: 10_000 })).toBeEnabled();
    expect(screen.getByLabelText("Email")).toHaveValue("hollis.penhaligon@example.net");
    expect(screen.getByRole("button", { name: "Save" })).toBeEnabled();
    expect(screen.queryByRole("region", { name: "Details of the person" })).not.toBeInTheDocument();
    await within(await screen.findByRole("region", { name: "Involvements" })).findByRole("table");
    noDisabledFields();
    personPage.unmount();

    const involvementPage = renderApp(`/involvements/${involvement.id}`);
    expect(await screen.findByLabelText("Role", {}, { timeout: 10_000 })).toBeEnabled();
    expect(screen.getByRole("checkbox", { name: "Care costs covered" })).toBeChecked();
    expect(screen.getByLabelText("Fee (£)")).toHaveValue("150");
    expect(screen.queryByRole("region", { name: "The involvement" })).not.toBeInTheDocument();
    noDisabledFields();
    involvementPage.unmount();

    renderApp(`/feedback/${feedback.id}`);
    expect(await screen.findByLabelText("Action status", {}, { timeout: 10_000 })).toBeEnabled();
    expect(screen.getByLabelText("Received on")).toHaveValue("2026-11-20");
    expect(screen.getByRole("button", { name: "Save" })).toBeEnabled();
    expect(screen.queryByRole("region", { name: "Feedback and action" })).not.toBeInTheDocument();
    noDisabledFields();
  });

  it("shows a lead an involvement on someone else's work item as a summary that keeps the support offered", async () => {
    const { involvement } = await records();
    await signInAs("lead@example.org");
    renderApp(`/involvements/${involvement.id}`);
    const summary = await screen.findByRole("region", { name: "The involvement" }, { timeout: 10_000 });
    expect(screen.getByText("Your role can view this involvement but not change it.")).toBeInTheDocument();
    expect(summaryValue(summary, "Support offered")).toHaveTextContent("Briefing, Care costs covered");
    noDisabledFields();
  });
});
