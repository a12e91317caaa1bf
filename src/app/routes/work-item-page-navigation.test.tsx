import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { apiJson, renderApp, signInAs } from "../../../tests/setup/render-app";

/**
 * Issue 16: "On this page" on a work item's page, and the long parts cut short behind a clear
 * control. jsdom has no style sheet, so what is shown on screen and on paper is the end-to-end
 * test's (tests/e2e/item-page-navigation.spec.ts); here, the links, landmarks, focus and controls.
 */

type Listed = { items: { id: string; title: string }[] };

// jsdom has no layout, so no scrolling: recorded, to know the page asked for it.
const scrolledTo: string[] = [];
const original = Element.prototype.scrollIntoView;
beforeEach(() => {
  scrolledTo.length = 0;
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolledTo.push(this.id);
  };
});
afterEach(() => {
  Element.prototype.scrollIntoView = original;
});

async function conferenceWithMostPeople() {
  const list = await apiJson<Listed>("/work-items?kind=conference&pageSize=100");
  const counted = await Promise.all(
    list.items.map(async (item) => ({
      ...item,
      people: (await apiJson<{ total: number }>(`/involvements?workItemId=${item.id}&pageSize=1`)).total,
    })),
  );
  const [most] = counted.sort((a, b) => b.people - a.people);
  if (!most) throw new Error("the seed has no conference");
  return most;
}

describe("On this page: a work item's sections, one link each", () => {
  it("lists a conference's sections for a manager, each link landing on its section's heading", async () => {
    await signInAs("manager@example.org");
    const conference = await conferenceWithMostPeople();
    const { user } = renderApp(`/work-items/${conference.id}`);
    const nav = await screen.findByRole("navigation", { name: "On this page" }, { timeout: 10_000 });
    expect(within(nav).getByRole("heading", { name: "On this page" })).toBeInTheDocument();
    const sections = [
      ["details", "Details", "Work item details"],
      ["decision", "Involvement decision", "Involvement decision"],
      ["budget", "Budget", "Budget"],
      ["people-involved", "People involved", "People involved"],
      ["agenda", "Agenda", "Agenda"],
      ["event-details", "Speaker advice and bursary places", "Speaker advice and bursary places"],
      ["speaker-diversity", "Speaker diversity", "Speaker diversity"],
      ["bursaries", "Bursaries", "Bursaries"],
    ] as const;
    expect(
      within(nav)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(sections.map(([, link]) => link));

    for (const [id, linkName, headingName] of sections) {
      const link = within(nav).getByRole("link", { name: linkName });
      expect(link).toHaveAttribute("href", `#${id}`);
      const target = document.getElementById(id);
      expect(target, `#${id} is on the page`).not.toBeNull();
      // The section is a landmark named by its heading.
      const region = within(target as HTMLElement).getByRole("region", { name: headingName });
      const heading = within(region).getByRole("heading", { level: 2, name: headingName });
      await user.click(link);
      expect(heading).toHaveFocus();
      expect(heading).toHaveAttribute("tabindex", "-1");
      expect(scrolledTo.at(-1)).toBe(id);
      expect(window.location.hash).toBe(`#${id}`);
    }
  });

  it("lists a research project's sections for admin, with its form under a heading of its own", async () => {
    await signInAs("admin@example.org");
    const list = await apiJson<Listed>("/work-items?kind=research&pageSize=1");
    const research = list.items[0];
    if (!research) throw new Error("the seed has no research");
    const { user } = renderApp(`/work-items/${research.id}`);
    const nav = await screen.findByRole("navigation", { name: "On this page" }, { timeout: 10_000 });
    expect(
      within(nav)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(["Details", "Involvement decision", "Budget", "People involved", "Activity"]);
    expect(screen.queryByRole("region", { name: "Agenda" })).not.toBeInTheDocument();
    await user.click(within(nav).getByRole("link", { name: "Details" }));
    expect(screen.getByRole("heading", { level: 2, name: "Details" })).toHaveFocus();
  });
});

describe("Long parts cut short behind a clear control", () => {
  it("keeps every diversity table and every person in the page, with controls that say what they show", async () => {
    await signInAs("manager@example.org");
    const conference = await conferenceWithMostPeople();
    expect(conference.people).toBeGreaterThan(20);
    const { user } = renderApp(`/work-items/${conference.id}`);

    const diversity = await screen.findByRole("region", { name: "Speaker diversity" }, { timeout: 10_000 });
    const showTables = await within(diversity).findByRole("button", { name: "Show all 7 tables" });
    expect(showTables).toHaveAttribute("aria-expanded", "false");
    const tables = document.getElementById(showTables.getAttribute("aria-controls") ?? "");
    expect(tables).not.toBeNull();
    // In the page (so printed), only hidden on screen by the style sheet.
    expect(within(tables as HTMLElement).getAllByRole("table")).toHaveLength(7);
    expect(tables).toHaveClass("diversity-figures--collapsed");
    await user.click(showTables);
    expect(within(diversity).getByRole("button", { name: "Hide the 7 tables" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    expect(tables).not.toHaveClass("diversity-figures--collapsed");

    const people = screen.getByRole("region", { name: "People involved" });
    const table = await within(people).findByRole("table", { name: `People involved, ${conference.people}` });
    expect(within(table).getAllByRole("row")).toHaveLength(conference.people + 1);
    expect(within(people).getByText(`Showing the first 20 of ${conference.people}.`)).toBeInTheDocument();
    const showAll = within(people).getByRole("button", { name: `Show all ${conference.people} people` });
    expect(showAll).toHaveAttribute("aria-expanded", "false");
    const limited = document.getElementById(showAll.getAttribute("aria-controls") ?? "");
    expect(limited).toContainElement(table);
    expect(limited).toHaveClass("rows-limited");
    await user.click(showAll);
    await waitFor(() => expect(limited).not.toHaveClass("rows-limited"));
    expect(within(people).getByRole("button", { name: "Show the first 20 only" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    expect(within(people).getByText(`Showing all ${conference.people}.`)).toBeInTheDocument();
  });
});
