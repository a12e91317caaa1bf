import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { apiJson, currentUrl, renderApp, signInAs } from "../../../tests/setup/render-app";

/** A text box's text (toHaveValue matches whole values only). */
const textOf = (element: HTMLElement) => (element as HTMLTextAreaElement).value;

async function newWorkItem(title: string, kind: string, leadId: string, startDate: string) {
  const teams = await apiJson<{ items: { id: string }[] }>("/teams");
  return apiJson<{ id: string }>("/work-items", {
    method: "POST",
    body: JSON.stringify({ title, kind, teamId: teams.items[0]?.id, leadId, startDate, status: "planned" }),
  });
}

const newPerson = (name: string, perspectives: string[], consents?: Record<string, unknown>) =>
  apiJson<{ id: string }>("/people", { method: "POST", body: JSON.stringify({ name, perspectives, consents }) });

const involve = (body: Record<string, unknown>) =>
  apiJson<{ id: string }>("/involvements", { method: "POST", body: JSON.stringify(body) });

/**
 * A conference with one panel chaired by a confirmed carer who agreed to be named publicly, a
 * panellist who did not, and a patient who advised on speakers.
 */
async function conferenceWithPatientChair() {
  const me = await signInAs("events@example.org");
  const conference = await newWorkItem("Carers' conference 2027", "conference", me.id, "2027-03-10");
  const session = await apiJson<{ id: string }>(`/work-items/${conference.id}/sessions`, {
    method: "POST",
    body: JSON.stringify({ title: "Panel: breaks for carers", startsAt: "2027-03-10T10:00:00Z", format: "panel" }),
  });
  await apiJson(`/work-items/${conference.id}/sessions`, {
    method: "POST",
    body: JSON.stringify({ title: "Welcome", startsAt: "2027-03-10T09:00:00Z", format: "keynote" }),
  });
  const chair = await newPerson("Philippa Quarrington", ["carer"], { namedPublicly: { givenOn: "2026-09-01" } });
  await involve({
    workItemId: conference.id,
    personId: chair.id,
    sessionId: session.id,
    role: "chair",
    status: "confirmed",
    ask: "Chair the panel, 45 minutes.",
    expectations: "£150, travel and a carer's break.",
  });
  const panellist = await newPerson("Tamsin Applegarth", ["patient"]);
  await involve({
    workItemId: conference.id,
    personId: panellist.id,
    sessionId: session.id,
    role: "panellist",
    status: "confirmed",
    ask: "Speak on the panel, 45 minutes.",
    expectations: "£150 and travel.",
  });
  const adviser = await newPerson("Rowena Tillbrook", ["patient"]);
  await involve({ workItemId: conference.id, personId: adviser.id, role: "speaker_adviser", status: "took_part" });
  await apiJson(`/work-items/${conference.id}/event-details`, {
    method: "PUT",
    body: JSON.stringify({
      bursaryPlaces: 4,
      bursaryBudgetPence: 60000,
      adviceSought: true,
      adviceOutcome: "Two carers joined the panel line-up.",
      version: 0,
    }),
  });
  return conference;
}

describe("Conference report", () => {
  it("prints the agenda with roles and patient voices, the target, advice, bursaries and diversity", async () => {
    const conference = await conferenceWithPatientChair();
    const { user } = renderApp(`/work-items/${conference.id}`);
    await user.click(await screen.findByRole("link", { name: "Conference report" }, { timeout: 10_000 }));

    expect(
      await screen.findByRole("heading", { level: 1, name: "Conference report: Carers' conference 2027" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^April 2026 to March 2027, Q4 2026–27/)).toBeInTheDocument();

    const agenda = await screen.findByRole("table", { name: "Agenda, in time order" });
    const rows = within(agenda).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getByRole("rowheader").textContent)).toEqual([
      "Welcome",
      "Panel: breaks for carers",
    ]);
    // Named only with consent: the panellist who did not agree is "Patient speaker" beside her role.
    const speakers = within(agenda).getByRole("list", { name: "Speakers in Panel: breaks for carers" });
    expect(
      within(speakers)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "Philippa Quarrington, chair (confirmed) — patient voice",
      "Patient speaker, panellist (confirmed) — patient voice",
    ]);

    const target = screen.getByRole("region", { name: "Patient voice on the agenda" });
    expect(await within(target).findByText("Target: met")).toBeInTheDocument();
    expect(
      within(target).getByText(/Philippa Quarrington \(chair\), Patient speaker \(panellist\)\.$/),
    ).toBeInTheDocument();

    const advice = screen.getByRole("region", { name: "Advice on speakers and content" });
    expect(await within(advice).findByText("1 patient adviser: 1 took part")).toBeInTheDocument();
    expect(within(advice).queryByText(/Rowena Tillbrook/)).toBeNull();
    expect(within(advice).getByText("Two carers joined the panel line-up.")).toBeInTheDocument();

    const bursaries = screen.getByRole("region", { name: "Bursaries" });
    expect(await within(bursaries).findByText("0 of 4")).toBeInTheDocument();
    expect(within(bursaries).getByText("£0.00 of £600.00")).toBeInTheDocument();
    expect(within(bursaries).getByRole("table", { name: "Bursary funnel: people reaching each stage" })).toBeVisible();

    // One speaker: fewer answered than the threshold, so no breakdown at all.
    const diversity = screen.getByRole("region", { name: "Speaker diversity" });
    expect(
      await within(diversity).findByText(/^No breakdown: this event has fewer than 5 speakers/),
    ).toBeInTheDocument();
    expect(within(diversity).queryByRole("table")).toBeNull();

    // Nowhere in the report, on screen or on paper, is the name of the panellist who did not consent.
    expect(document.body).not.toHaveTextContent("Tamsin Applegarth");

    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    await user.click(screen.getByRole("button", { name: "Print" }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it("says so for work that is not a conference or event", async () => {
    const me = await signInAs("lead@example.org");
    const item = await newWorkItem("Waiting-list study", "research", me.id, "2026-05-01");
    renderApp(`/work-items/${item.id}/report`);
    expect(await screen.findByRole("heading", { level: 1, name: "Conference report" })).toBeInTheDocument();
    expect(
      screen.getByText(
        "Conference reports are for conferences and events. “Waiting-list study” is research work, so it has no agenda, bursaries or speakers to report.",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Print" })).not.toBeInTheDocument();
  });
});

describe("GRIPP2 short form", () => {
  it("drafts the five parts from the records, and keeps what is typed", async () => {
    const me = await signInAs("lead@example.org");
    const study = await newWorkItem("Pain after knee surgery", "research", me.id, "2026-06-01");
    await apiJson(`/work-items/${study.id}/plan`, {
      method: "PUT",
      body: JSON.stringify({ considered: true, level: "co_produce", roles: ["co_researcher"] }),
    });
    const person = await newPerson("Anwen Talbot-Reyes", ["patient"]);
    await involve({
      workItemId: study.id,
      personId: person.id,
      role: "co_researcher",
      status: "took_part",
      ask: "Co-design the interview guide.",
      support: ["briefing", "travel_booked"],
      impact: "Patients rewrote the participant information sheet in plain English.",
      feedback: "Meetings were too early in the day.",
    });

    const { user } = renderApp(`/work-items/${study.id}`);
    await user.click(await screen.findByRole("link", { name: "GRIPP2 short form" }, { timeout: 10_000 }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "GRIPP2 short form: Pain after knee surgery" }),
    ).toBeInTheDocument();
    expect(await screen.findByText("This draft is not saved; print or copy it.")).toBeInTheDocument();

    const headings = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      "Aim",
      "Methods",
      "Results",
      "Extent of influence",
      "Reflections and critical perspective",
    ]);

    const aim = await screen.findByLabelText("Aim");
    expect(textOf(aim)).toContain("“Co-produce” level");
    expect(textOf(aim)).toContain("as co-researcher");
    const methods = screen.getByLabelText("Methods");
    expect(textOf(methods)).toContain("1 person was involved");
    expect(textOf(methods)).toContain("Co-researcher: Co-design the interview guide.");
    expect(textOf(methods)).toContain("Support offered: briefing and travel booked.");
    expect(textOf(methods)).not.toContain("Anwen");
    expect(textOf(screen.getByLabelText("Results"))).toContain(
      "Patients rewrote the participant information sheet in plain English.",
    );
    expect(textOf(screen.getByLabelText("Extent of influence"))).toContain(
      "Impact is recorded for 1 of 1 involvements.",
    );
    const reflections = screen.getByLabelText("Reflections and critical perspective");
    expect(textOf(reflections)).toContain("Meetings were too early in the day.");
    expect(reflections).toHaveAccessibleDescription(/GRIPP2 short form, item 5/);

    await user.clear(reflections);
    await user.type(reflections, "Hold meetings after 10am next time.");
    expect(reflections).toHaveValue("Hold meetings after 10am next time.");
    // What prints is the text as edited.
    const section = reflections.closest("section") as HTMLElement;
    expect(within(section).getByText("Hold meetings after 10am next time.", { selector: ".print-only" })).toBeVisible();

    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    await user.click(screen.getByRole("button", { name: "Print" }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(reflections).toHaveValue("Hold meetings after 10am next time.");
  });

  it("writes prompts where nothing is recorded yet, and refuses other kinds of work", async () => {
    const me = await signInAs("lead@example.org");
    const blog = await newWorkItem("Living with long COVID", "blog", me.id, "2026-07-01");
    const { unmount } = renderApp(`/work-items/${blog.id}/gripp2`);
    const aim = await screen.findByLabelText("Aim", {}, { timeout: 10_000 });
    expect(textOf(aim)).toContain("No involvement decision is recorded");
    expect(textOf(screen.getByLabelText("Results"))).toContain("[No impact is recorded yet.");
    unmount();

    const event = await newWorkItem("Open day", "programme", me.id, "2026-07-01");
    renderApp(`/work-items/${event.id}/gripp2`);
    expect(await screen.findByRole("heading", { level: 1, name: "GRIPP2 short form" })).toBeInTheDocument();
    expect(screen.getByText(/reports involvement in research, publications and blogs/)).toBeInTheDocument();
    expect(screen.queryByRole("textbox")).not.toBeInTheDocument();
  });
});

describe("Annual involvement report", () => {
  it("shows the headline figures and every chart's numbers for the chosen reporting year", async () => {
    await signInAs("manager@example.org");
    const { user, history } = renderApp("/reports/annual?year=2025");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Annual involvement report" }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText("Reporting year")).toHaveValue("2025");

    const headlines = await screen.findByRole("table", { name: "Headline figures, April 2025 to March 2026" });
    const columns = within(headlines)
      .getAllByRole("columnheader")
      .map((cell) => cell.textContent);
    expect(columns).toEqual(["Figure", "This year", "Target", "April 2024 to March 2025", "Change", "What is counted"]);
    const decided = within(headlines).getByRole("row", { name: /^Work items with an involvement decision/ });
    expect(within(decided).getAllByRole("cell")[1]).toHaveTextContent("100%");

    const level = await screen.findByRole("table", { name: "Involvement level by kind of work" });
    expect(within(level).getByRole("columnheader", { name: "Kind of work" })).toBeInTheDocument();
    expect(within(level).getByRole("rowheader", { name: "Conference" })).toBeInTheDocument();
    expect(level).toHaveAccessibleDescription(/^What is counted: Work items starting in the period/);
    const funnel = screen.getByRole("table", { name: "Bursaries: applied, offered, accepted, attended" });
    expect(within(funnel).getAllByRole("row")).toHaveLength(5);

    await user.selectOptions(screen.getByLabelText("Reporting year"), "2024");
    await waitFor(() => expect(currentUrl(history)).toBe("/reports/annual?year=2024"));
    expect(await screen.findByRole("table", { name: "Headline figures, April 2024 to March 2025" })).toBeVisible();
    expect(screen.getByText("April 2024 to March 2025", { selector: "strong" })).toBeInTheDocument();

    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    await user.click(screen.getByRole("button", { name: "Print" }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});
