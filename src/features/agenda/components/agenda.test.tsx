import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { apiJson, renderApp, signInAs } from "../../../../tests/setup/render-app";

async function newConference(leadId: string) {
  const teams = await apiJson<{ items: { id: string }[] }>("/teams");
  return apiJson<{ id: string }>("/work-items", {
    method: "POST",
    body: JSON.stringify({
      title: "Carers' conference 2027",
      kind: "conference",
      teamId: teams.items[0]?.id,
      leadId,
      startDate: "2027-03-10",
      status: "planned",
    }),
  });
}

describe("Agenda and the patient-voice target", () => {
  it("builds a panel with a patient chair, and the target turns met", async () => {
    const me = await signInAs("events@example.org");
    const conference = await newConference(me.id);
    await apiJson("/people", {
      method: "POST",
      body: JSON.stringify({ name: "Philippa Quarrington", perspectives: ["carer"] }),
    });
    const { user } = renderApp(`/work-items/${conference.id}`);
    const agenda = await screen.findByRole("region", { name: "Agenda" }, { timeout: 10_000 });
    expect(await within(agenda).findByText("Patient voice on the agenda: not met")).toBeInTheDocument();
    expect(within(agenda).getByText(/No patient voice yet/)).toBeInTheDocument();

    const addSession = within(agenda).getByRole("form", { name: "Add a session" });
    await user.click(within(addSession).getByRole("button", { name: "Add session" }));
    expect(await within(addSession).findByText("Enter a title")).toBeInTheDocument();
    await user.type(within(addSession).getByLabelText("Session title"), "Panel: breaks for carers");
    await user.selectOptions(within(addSession).getByLabelText("Format"), "panel");
    await user.click(within(addSession).getByRole("button", { name: "Add session" }));
    expect(await screen.findByText("Added the session “Panel: breaks for carers”.")).toBeInTheDocument();

    const addSpeaker = await within(agenda).findByRole("form", { name: "Add a speaker" });
    await user.type(within(addSpeaker).getByLabelText("Find speaker"), "Quarrington");
    const picker = within(addSpeaker).getByLabelText("Speaker");
    await waitFor(() =>
      expect(within(picker).getByRole("option", { name: /Philippa Quarrington/ })).toBeInTheDocument(),
    );
    await user.selectOptions(picker, within(picker).getByRole("option", { name: /Philippa Quarrington/ }));
    await user.selectOptions(within(addSpeaker).getByLabelText("Agenda role"), "chair");
    await user.selectOptions(within(addSpeaker).getByLabelText("Speaker status"), "confirmed");
    await user.click(within(addSpeaker).getByRole("button", { name: "Add speaker" }));
    expect(await within(addSpeaker).findByText("Say what we ask of them before confirming")).toBeInTheDocument();

    await user.type(within(addSpeaker).getByLabelText("What we ask of them"), "Chair the panel, 45 minutes.");
    await user.type(
      within(addSpeaker).getByLabelText("What they can expect of us"),
      "£150, travel and a carer's break.",
    );
    await user.click(within(addSpeaker).getByRole("button", { name: "Add speaker" }));
    expect(await screen.findByText("Added Philippa Quarrington to the agenda.")).toBeInTheDocument();
    expect(await within(agenda).findByText("Patient voice on the agenda: met")).toBeInTheDocument();
    // She has not consented to be named publicly: the agenda says "Patient speaker" beside her role,
    // and staff see her name on record beside it, left off paper.
    expect(within(agenda).getByText("Patient speaker (chair).")).toBeInTheDocument();
    const speakers = within(agenda).getByRole("list", { name: "Speakers in Panel: breaks for carers" });
    const chair = within(speakers).getByRole("listitem");
    expect(chair).toHaveTextContent(
      /^Patient speaker, chair \(confirmed\) — not named publicly; on our records as Philippa Quarrington$/,
    );
    const onRecord = within(chair).getByRole("link", { name: "Philippa Quarrington" });
    expect(onRecord.closest(".no-print")).not.toBeNull();
  });

  it("names a speaker who consented to be named publicly", async () => {
    const me = await signInAs("events@example.org");
    const conference = await newConference(me.id);
    const session = await apiJson<{ id: string }>(`/work-items/${conference.id}/sessions`, {
      method: "POST",
      body: JSON.stringify({ title: "Opening talk", startsAt: "2027-03-10T09:00:00Z", format: "talk" }),
    });
    const person = await apiJson<{ id: string }>("/people", {
      method: "POST",
      body: JSON.stringify({
        name: "Cosmo Ellingworth",
        perspectives: ["patient"],
        consents: { namedPublicly: { givenOn: "2026-09-01" } },
      }),
    });
    await apiJson("/involvements", {
      method: "POST",
      body: JSON.stringify({
        workItemId: conference.id,
        personId: person.id,
        sessionId: session.id,
        role: "presenter",
      }),
    });
    renderApp(`/work-items/${conference.id}`);
    const agenda = await screen.findByRole("region", { name: "Agenda" }, { timeout: 10_000 });
    const speakers = await within(agenda).findByRole("list", { name: "Speakers in Opening talk" });
    expect(within(speakers).getByRole("listitem")).toHaveTextContent(/^Cosmo Ellingworth, presenter \(invited\)$/);
    expect(within(speakers).getByRole("link", { name: "Cosmo Ellingworth" })).toBeInTheDocument();
    expect(within(agenda).queryByText(/Patient speaker/)).not.toBeInTheDocument();
  });

  it("shows a manager the agenda and target without the forms", async () => {
    const events = await signInAs("events@example.org");
    const conference = await newConference(events.id);
    await signInAs("manager@example.org");
    renderApp(`/work-items/${conference.id}`);
    const agenda = await screen.findByRole("region", { name: "Agenda" }, { timeout: 10_000 });
    expect(await within(agenda).findByText("Patient voice on the agenda: not met")).toBeInTheDocument();
    expect(within(agenda).queryByRole("form")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Save event details" })).not.toBeInTheDocument();
  });
});
