import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { apiJson, renderApp, signInAs } from "../../../../tests/setup/render-app";

/** The demo rates (src/db/seed/demo-rate-cards.ts): Half day £75 a session from 1 Apr 2025, £80 from 1 Apr 2026. */
describe("An involvement's suggested fee", () => {
  it("suggests the fee from the rate in force on its date, asks why a different fee, and uses the suggestion", async () => {
    const me = await signInAs("lead@example.org");
    const teams = await apiJson<{ items: { id: string }[] }>("/teams");
    const item = await apiJson<{ id: string }>("/work-items", {
      method: "POST",
      body: JSON.stringify({
        title: "Carers' survey review",
        kind: "research",
        teamId: teams.items[0]?.id,
        leadId: me.id,
        startDate: "2026-05-01",
        status: "in_progress",
      }),
    });
    const person = await apiJson<{ id: string }>("/people", {
      method: "POST",
      body: JSON.stringify({ name: "Wren Haddowfield", perspectives: ["carer"] }),
    });
    const involvement = await apiJson<{ id: string }>("/involvements", {
      method: "POST",
      body: JSON.stringify({
        workItemId: item.id,
        personId: person.id,
        role: "reviewer",
        startDate: "2026-05-01",
        paymentStatus: "due",
      }),
    });

    const { user } = renderApp(`/involvements/${involvement.id}`);
    await screen.findByRole("heading", { level: 1, name: /Wren Haddowfield/ }, { timeout: 10_000 });
    const activity = screen.getByLabelText("Activity");
    await waitFor(() => expect(within(activity).getByRole("option", { name: "Half day" })).toBeInTheDocument());
    await user.selectOptions(activity, "Half day");
    expect(screen.getByLabelText("Quantity")).toHaveAccessibleDescription(/How many sessions/);
    await user.type(screen.getByLabelText("Quantity"), "2");
    expect(await screen.findByText(/Suggested fee:/)).toHaveTextContent(
      "Suggested fee: £160.00 (Half day, rate from 1 Apr 2026)",
    );

    // A date before the rise: the earlier rate.
    await user.clear(screen.getByLabelText("From"));
    await user.type(screen.getByLabelText("From"), "2025-06-01");
    await waitFor(() =>
      expect(screen.getByText(/Suggested fee:/)).toHaveTextContent(
        "Suggested fee: £150.00 (Half day, rate from 1 Apr 2025)",
      ),
    );
    await user.clear(screen.getByLabelText("From"));
    await user.type(screen.getByLabelText("From"), "2026-05-01");
    await waitFor(() => expect(screen.getByText(/Suggested fee:/)).toHaveTextContent("£160.00"));

    // A different fee with no reason: the API's 422 lands on the reason field.
    await user.type(screen.getByLabelText("Fee (£)"), "200");
    const reason = await screen.findByLabelText("Reason the fee differs");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() =>
      expect(reason).toHaveAccessibleDescription(/Say why the fee differs from the suggested £160.00/),
    );

    await user.click(screen.getByRole("button", { name: "Use suggested fee" }));
    expect(screen.getByLabelText("Fee (£)")).toHaveValue("160");
    await waitFor(() => expect(screen.queryByLabelText("Reason the fee differs")).not.toBeInTheDocument());
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Saved the involvement of Wren Haddowfield.")).toBeInTheDocument();
    const stored = await apiJson<{ rateActivity: string; quantity: number; feePence: number; feeReason: string }>(
      `/involvements/${involvement.id}`,
    );
    expect(stored).toMatchObject({ rateActivity: "Half day", quantity: 2, feePence: 16_000, feeReason: "" });
  });
});
