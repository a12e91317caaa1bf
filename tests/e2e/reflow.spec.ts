import type { Page } from "@playwright/test";
import { type A11y, expect, expectPlannedWork, maxRetries, signInWithApi, test } from "./fixtures";

/**
 * Reflow (WCAG 1.4.10) and text spacing (WCAG 1.4.12), issue 16: every page reads at 320 CSS px
 * wide, and at 200% zoom on a 1280 px screen (640 CSS px), with no sideways scrolling, except
 * inside a table's own scrolling box; widened text spacing cuts nothing off. And on a wide
 * screen, a filter bar's controls stand in line.
 */

const roles = ["lead@example.org", "events@example.org", "manager@example.org", "admin@example.org"] as const;

type Item = { id: string; title: string };

/** A demo work item of a kind (the newest first, as the list sorts by default): its page, report and GRIPP2 form. */
async function firstWorkItem(page: Page, kind: string): Promise<Item> {
  const response = await page.request.get(`/api/work-items?kind=${kind}&pageSize=1`, { maxRetries });
  expect(response.status(), `list ${kind} work items`).toBe(200);
  const [item] = ((await response.json()) as { items: Item[] }).items;
  if (!item) throw new Error(`The demo data has no work item of kind ${kind}`);
  return item;
}

async function firstPerson(page: Page): Promise<{ id: string; name: string }> {
  const response = await page.request.get("/api/people?pageSize=1", { maxRetries });
  expect(response.status(), "list people").toBe(200);
  const [person] = ((await response.json()) as { items: { id: string; name: string }[] }).items;
  if (!person) throw new Error("The demo data has no people");
  return person;
}

/** Nothing still loading (a LoadingState says "…") and nothing failed to load (an ErrorState, an alert). */
async function expectSettled(page: Page) {
  await expect(page.getByRole("status").filter({ hasText: /…$/ })).toHaveCount(0, { timeout: 10_000 });
  await expect(page.getByRole("alert").filter({ hasText: /could not be loaded/ })).toHaveCount(0);
}

/**
 * The page is no wider than the window, and no element outside a table, a chart drawing or a
 * table's own scrolling box (named, focusable, overflow-x auto: ScrollRegion) reaches past its
 * right edge. The failure lists the elements that do.
 */
async function expectNoSidewaysScrolling(page: Page, where: string) {
  const found = await page.evaluate(() => {
    const isScrollBox = (element: Element) =>
      element instanceof HTMLElement &&
      element.tabIndex >= 0 &&
      element.hasAttribute("aria-label") &&
      ["auto", "scroll"].includes(getComputedStyle(element).overflowX);
    const mayBeWide = (element: Element) => {
      for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
        if (ancestor.matches("table, svg") || isScrollBox(ancestor)) return true;
      }
      return false;
    };
    const describeElement = (element: Element) => {
      const path: string[] = [];
      for (
        let node: Element | null = element;
        node && node !== document.body && path.length < 4;
        node = node.parentElement
      ) {
        const classes = [...node.classList].map((name) => `.${name}`).join("");
        path.unshift(`${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ""}${classes}`);
      }
      const text = (element.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      const box = element.getBoundingClientRect();
      return `${path.join(" > ")} "${text}" (${Math.round(box.left)}–${Math.round(box.right)} px)`;
    };
    const tooWide: string[] = [];
    for (const element of document.body.querySelectorAll("*")) {
      if (mayBeWide(element)) continue;
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > window.innerWidth + 1) tooWide.push(describeElement(element));
    }
    return { scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth, tooWide };
  });
  expect(found.tooWide, `${where}: elements reaching past the ${found.width} px window`).toEqual([]);
  expect(found.scrollWidth, `${where}: the page's width (no sideways scrolling)`).toBeLessThanOrEqual(found.width);
}

/**
 * The Dashboard, loaded: its figures, and with `charts` every chart drawn too (a chart is drawn as
 * it comes into view: scrolled to, one by one, as a reader would). The charts are the same for
 * every role, so one test draws them all; the others take the page as it first loads.
 */
async function openDashboard(page: Page, { charts = false } = {}) {
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Headline figures" }).getByRole("listitem").first()).toBeVisible();
  const cards = page.getByRole("region").filter({ has: page.getByRole("button", { name: "Show table" }) });
  await expect(cards.first()).toBeVisible();
  if (charts) {
    for (const card of await cards.all()) {
      await card.scrollIntoViewIfNeeded();
      await expect(card.getByRole("img")).toBeVisible();
    }
  }
  await expectSettled(page);
}

async function openWorkItem(page: Page, item: Item) {
  await page.goto(`/work-items/${item.id}`);
  await expect(page.getByRole("heading", { level: 1, name: item.title })).toBeVisible();
  await expectSettled(page);
}

/** Visits a page, waits for it to load, and checks it (axe too). */
async function check(page: Page, a11y: A11y, state: string, where: string, open: () => Promise<void>) {
  await test.step(`${where} at ${state}`, async () => {
    await open();
    await expectNoSidewaysScrolling(page, `${where} at ${state}`);
    await a11y.check(state);
  });
}

test.describe("at 320 CSS px wide", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("the Dashboard's charts fit", async ({ page, sessions, a11y }) => {
    test.setTimeout(60_000);
    await signInWithApi(page, sessions, "manager@example.org");
    await check(page, a11y, "320px", "Dashboard", () => openDashboard(page, { charts: true }));
  });

  for (const email of roles) {
    test(`${email} reads every page without scrolling sideways`, async ({ page, sessions, a11y }) => {
      // Eight pages, and the first role's run has axe scan each of them.
      test.setTimeout(90_000);
      await signInWithApi(page, sessions, email);
      const conference = await firstWorkItem(page, "conference");
      const research = await firstWorkItem(page, "research");
      const person = await firstPerson(page);
      const state = "320px";

      await check(page, a11y, state, "Dashboard", () => openDashboard(page));

      await check(page, a11y, state, "Planned work", async () => {
        await page.goto("/work-items");
        await expectPlannedWork(page);
      });

      await check(page, a11y, state, "a conference", async () => {
        await openWorkItem(page, conference);
        await expect(page.getByRole("region", { name: "Agenda" })).toBeVisible();
      });

      await check(page, a11y, state, "a person", async () => {
        await page.goto(`/people/${person.id}`);
        await expect(page.getByRole("heading", { level: 1, name: person.name })).toBeVisible();
        await expectSettled(page);
      });

      await check(page, a11y, state, "Events", async () => {
        await page.goto("/events");
        await expect(page.getByRole("heading", { level: 1, name: "Events" })).toBeVisible();
        await expect(page.getByRole("table", { name: /^Conferences and events, \d+$/ })).toBeVisible();
        await expectSettled(page);
      });

      await check(page, a11y, state, "the annual report", async () => {
        await page.goto("/reports/annual");
        await expect(page.getByRole("heading", { level: 1, name: "Annual involvement report" })).toBeVisible();
        await expect(page.getByRole("table").first()).toBeVisible();
        await expectSettled(page);
      });

      await check(page, a11y, state, "a conference report", async () => {
        await page.goto(`/work-items/${conference.id}/report`);
        await expect(
          page.getByRole("heading", { level: 1, name: `Conference report: ${conference.title}` }),
        ).toBeVisible();
        await expectSettled(page);
      });

      await check(page, a11y, state, "a GRIPP2 short form", async () => {
        await page.goto(`/work-items/${research.id}/gripp2`);
        await expect(
          page.getByRole("heading", { level: 1, name: `GRIPP2 short form: ${research.title}` }),
        ).toBeVisible();
        await expect(page.getByLabel("Results")).toBeVisible();
        await expectSettled(page);
      });
    });
  }
});

test.describe("at 200% zoom on a 1280 px screen (640 CSS px)", () => {
  test.use({ viewport: { width: 640, height: 450 } });

  test("the Dashboard and a conference read without scrolling sideways", async ({ page, sessions, a11y }) => {
    test.setTimeout(60_000);
    await signInWithApi(page, sessions, "manager@example.org");
    const conference = await firstWorkItem(page, "conference");
    await check(page, a11y, "640px", "Dashboard", () => openDashboard(page));
    await check(page, a11y, "640px", "a conference", () => openWorkItem(page, conference));
  });
});

/** WCAG 1.4.12's test: these spacings, set by the reader, must lose no content. */
const textSpacing = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

test.describe("with wider text spacing, at 320 CSS px", () => {
  // The spacing comes from the reader (a user style sheet or a bookmarklet), which the page's
  // Content-Security-Policy does not govern; a test can add it only with the policy set aside.
  test.use({ viewport: { width: 320, height: 640 }, bypassCSP: true });

  test("a work item's page cuts nothing off", async ({ page, sessions, a11y }) => {
    await signInWithApi(page, sessions, "lead@example.org");
    const conference = await firstWorkItem(page, "conference");
    await openWorkItem(page, conference);
    await page.addStyleTag({ content: textSpacing });
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.body).letterSpacing), { message: "spacing applied" })
      .not.toBe("normal");

    const cutOff = await page.evaluate(() => {
      const found: string[] = [];
      for (const element of document.body.querySelectorAll("*")) {
        if (!(element instanceof HTMLElement) || element.closest("svg")) continue;
        // A visually hidden text (1 px, clipped on purpose) is for screen readers, not cut off.
        if (element.clientWidth <= 1 || element.clientHeight === 0) continue;
        const style = getComputedStyle(element);
        // A box that scrolls shows all of its content: only one that hides or lets it spill loses any.
        const scrolls = (overflow: string) => overflow === "auto" || overflow === "scroll";
        const name = `${element.tagName.toLowerCase()}${[...element.classList].map((c) => `.${c}`).join("")} "${(element.textContent ?? "").trim().slice(0, 30)}"`;
        if (!scrolls(style.overflowY) && element.scrollHeight > element.clientHeight + 1)
          found.push(`${name}: content ${element.scrollHeight} px tall in a box ${element.clientHeight} px tall`);
        if (["hidden", "clip"].includes(style.overflowX) && element.scrollWidth > element.clientWidth + 1)
          found.push(`${name}: content ${element.scrollWidth} px wide in a box ${element.clientWidth} px wide`);
      }
      return found;
    });
    expect(cutOff, "boxes whose content is cut off or spills out with wider text spacing").toEqual([]);
    await expectNoSidewaysScrolling(page, "a work item with wider text spacing");
    await a11y.check("text spacing");
  });
});

test.describe("on a wide screen", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  /**
   * The filter bar's first row: its controls end on one line (±2 px), and none starts lower than
   * its label would put it (the tallest first-row label and the gap under it): a date range whose
   * legend, labels and fields stand taller than a select would push the selects down.
   */
  async function expectTidyFilterBar(page: Page, name: string) {
    const bar = page.getByRole("search", { name });
    await expect(bar).toBeVisible();
    const controls = await bar.evaluate((element) =>
      [...element.querySelectorAll("select, input")].map((control) => {
        const box = control.getBoundingClientRect();
        const field = (control.closest(".field") ?? control).getBoundingClientRect();
        const label = (control as HTMLInputElement).labels?.[0];
        return {
          name: label?.textContent?.trim() ?? control.tagName,
          top: box.top,
          bottom: box.bottom,
          fieldTop: field.top,
          labelHeight: label?.getBoundingClientRect().height ?? 0,
        };
      }),
    );
    expect(controls.length, `${name}: controls`).toBeGreaterThan(1);
    const firstLineEnd = Math.min(...controls.map((control) => control.bottom));
    const firstRow = controls.filter((control) => control.top < firstLineEnd);
    expect(firstRow.length, `${name}: controls in the first row`).toBeGreaterThan(1);
    const rowTop = Math.min(...firstRow.map((control) => control.fieldTop));
    const labelRoom = Math.max(...firstRow.map((control) => control.labelHeight)) + 6;
    for (const control of firstRow) {
      // firstLineEnd is the highest bottom edge: every other within 2 px of it.
      expect(control.bottom, `${name}: "${control.name}" ends level with the row`).toBeLessThanOrEqual(
        firstLineEnd + 2,
      );
      expect(
        control.top - rowTop,
        `${name}: "${control.name}" starts no lower than a label below the row's top`,
      ).toBeLessThanOrEqual(labelRoom);
    }
  }

  test("the Dashboard, Planned work and Events filter bars line up", async ({ page, sessions, a11y }) => {
    // Three axe scans, unless other specs in this run have made them already.
    test.setTimeout(60_000);
    await signInWithApi(page, sessions, "manager@example.org");

    await page.goto("/dashboard");
    await expect(page.getByRole("list", { name: "Headline figures" }).getByRole("listitem").first()).toBeVisible();
    await expectTidyFilterBar(page, "Dashboard filters");
    await a11y.check();

    await page.goto("/work-items");
    await expectPlannedWork(page);
    await expectTidyFilterBar(page, "Filter planned work");
    await a11y.check();

    await page.goto("/events");
    await expect(page.getByRole("table", { name: /^Conferences and events, \d+$/ })).toBeVisible();
    await expectTidyFilterBar(page, "Filter events");
    await a11y.check();
  });
});
