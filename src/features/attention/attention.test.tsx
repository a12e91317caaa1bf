import { screen, waitFor, within } from "@testing-library/react";
import { HttpResponse, http } from "msw";
import { describe, expect, it, vi } from "vitest";
import { server } from "../../../tests/setup/msw";
import { apiJson, apiPath, currentUrl, renderApp, signInAs } from "../../../tests/setup/render-app";
import { addDays } from "../../shared/attention-rules";
import { calendarDate } from "../../shared/calendar-date";
import type { Attention } from "../../shared/schemas/attention";
import type { Team } from "../../shared/schemas/team";
import type { WorkItem } from "../../shared/schemas/work-items";

const nav = () => screen.getByRole("navigation", { name: "Main" });

describe("Needs attention", () => {
  it("is where a lead lands: every group with its count, each entry linking to where to act", async () => {
    await signInAs("lead@example.org");
    const body = await apiJson<Attention>("/attention");
    expect(body.groups.length).toBeGreaterThan(0);
    const { history } = renderApp("/");
    expect(await screen.findByRole("heading", { level: 1, name: "Needs attention" })).toBeInTheDocument();
    expect(currentUrl(history)).toBe("/attention");

    for (const group of body.groups) {
      const section = await screen.findByRole("region", { name: `${group.title} (${group.count})` });
      expect(section).toHaveAttribute("id", group.key);
      const links = within(section).getAllByRole("link");
      expect(links).toHaveLength(group.count);
      group.items.forEach((item, i) => {
        expect(links[i]).toHaveAccessibleName(item.title);
        expect(links[i]).toHaveAttribute("href", item.href);
      });
    }
    // The badge: the number shown, and said in the link's name.
    const link = within(nav()).getByRole("link", { name: `Needs attention, ${body.total} items` });
    expect(link).toHaveTextContent(String(body.total));
    expect(link).toHaveAttribute("aria-current", "page");
  });

  it("sends managers to the dashboard, still with the badge", async () => {
    await signInAs("manager@example.org");
    const { total } = await apiJson<Attention>("/attention");
    const { history } = renderApp("/");
    expect(await screen.findByRole("heading", { level: 1, name: "Dashboard" })).toBeInTheDocument();
    expect(currentUrl(history)).toBe("/dashboard");
    expect(await within(nav()).findByRole("link", { name: `Needs attention, ${total} items` })).toBeInTheDocument();
  });

  it("is linked from the dashboard figures it overlaps, at the group's section", async () => {
    // jsdom draws nothing, so has no scrollIntoView: the router calls it to show the section.
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    await signInAs("lead@example.org");
    const { user, history } = renderApp("/dashboard");
    await user.click(await screen.findByRole("link", { name: "Needs attention: undecided work starting soon" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Needs attention" })).toBeInTheDocument();
    expect(currentUrl(history)).toBe("/attention");
    expect(history.location.hash).toBe("#undecided-soon");
    expect(await screen.findByRole("region", { name: /^Undecided work starting within 8 weeks/ })).toHaveAttribute(
      "id",
      "undecided-soon",
    );
    await waitFor(() => expect(scrolled).toHaveBeenCalled());
    Reflect.deleteProperty(Element.prototype, "scrollIntoView");
  });

  it("counts one fewer once the lead records a decision on work starting soon", async () => {
    const me = await signInAs("lead@example.org");
    const teams = await apiJson<{ items: Team[] }>("/teams");
    const item = await apiJson<WorkItem>("/work-items", {
      method: "POST",
      body: JSON.stringify({
        title: "Badge test: carers' drop-in",
        kind: "research",
        teamId: teams.items[0]?.id,
        leadId: me.id,
        startDate: addDays(calendarDate(new Date()), 10),
        endDate: null,
        status: "planned",
        summary: "",
      }),
    });
    const { total } = await apiJson<Attention>("/attention");
    const { user } = renderApp("/attention");
    const undecided = await screen.findByRole("region", { name: /^Undecided work starting within 8 weeks/ });
    await user.click(within(undecided).getByRole("link", { name: /^Badge test: carers' drop-in — starts / }));
    expect(await screen.findByRole("heading", { level: 1, name: item.title })).toBeInTheDocument();

    const decision = await screen.findByRole("form", { name: "Involvement decision" });
    await user.selectOptions(within(decision).getByRole("combobox", { name: "Planned level" }), "consult");
    await user.click(within(decision).getByRole("button", { name: "Record decision" }));
    expect(await screen.findByText("Saved the involvement decision.")).toBeInTheDocument();

    // The badge follows without a reload.
    expect(await within(nav()).findByRole("link", { name: `Needs attention, ${total - 1} items` })).toBeInTheDocument();
  });

  it("says when nothing needs attention", async () => {
    await signInAs("lead@example.org");
    server.use(http.get(`*${apiPath("/attention")}`, () => HttpResponse.json({ total: 0, groups: [] })));
    renderApp("/attention");
    expect(await screen.findByText("Nothing needs your attention")).toBeInTheDocument();
    expect(within(nav()).getByRole("link", { name: "Needs attention" })).not.toHaveTextContent(/\d/);
    await waitFor(() => expect(screen.queryByRole("region")).not.toBeInTheDocument());
  });
});
