import type { Locator, Page } from "@playwright/test";
import { type A11y, expect, maxRetries, signInWithApi, test } from "./fixtures";

/**
 * Issue 16: a work item's page you can find your way around. "On this page" links to each
 * section (focus lands on its heading), the page uses the width of a wide screen, and long
 * parts (speaker diversity's seven tables, people beyond the first 20) are cut short on screen
 * behind a clear control, yet always printed whole.
 */

const wide = { width: 1280, height: 900 };

/** Each test walks every section by keyboard and runs axe on four or five states: more than the default 30 s on two busy cores. */
const walkTimeout = 120_000;

/** The demo conference's page was 11,022 px tall for a manager at 1280 × 900 before issue 16 (14,202 for the events team). */
const halfTheOldHeight = 4670;
/** The events team's page keeps its forms open (they add sessions, speakers, people and bursaries there): half of their 14,202 px. */
const halfTheEventsTeamsOldHeight = 7101;

const tableNames = [
  "Age band",
  "Sex",
  "Gender identity the same as sex registered at birth",
  "Ethnic group",
  "Disabled (Equality Act 2010)",
  "Sexual orientation",
  "Region",
];

type Listed = { items: { id: string; title: string }[] };

/** The demo conference with the most people involved: the longest page the demo has. */
async function longestConference(page: Page) {
  const list = (await (
    await page.request.get("/api/work-items?kind=conference&pageSize=100", { maxRetries })
  ).json()) as Listed;
  let longest: { id: string; title: string; people: number } | undefined;
  for (const item of list.items) {
    const response = await page.request.get(`/api/involvements?workItemId=${item.id}&pageSize=1`, { maxRetries });
    const { total } = (await response.json()) as { total: number };
    if (!longest || total > longest.people) longest = { ...item, people: total };
  }
  if (!longest) throw new Error("the demo data has no conference");
  expect(longest.people, "the longest demo conference has more people than are shown at first").toBeGreaterThan(20);
  return longest;
}

/** Opens a work item and waits until every section has loaded. */
async function openItem(page: Page, item: { id: string; title: string }) {
  await page.goto(`/work-items/${item.id}`);
  await expect(page.getByRole("heading", { level: 1, name: item.title })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "On this page" })).toBeVisible();
  await expect(
    page
      .locator("main")
      .getByRole("status")
      .filter({ hasText: /Loading|Counting/ }),
  ).toHaveCount(0);
}

/**
 * Follows each link of "On this page" by keyboard (focus it, press Enter): the address gets the
 * section's #id, and focus lands on the section's heading, on screen, inside the section's landmark.
 */
async function followEachLink(page: Page, sections: Section[]) {
  const nav = page.getByRole("navigation", { name: "On this page" });
  await expect(nav.getByRole("heading", { name: "On this page" })).toBeVisible();
  await expect(nav.getByRole("link")).toHaveText(sections.map((section) => section.link));
  for (const section of sections) {
    const link = nav.getByRole("link", { name: section.link, exact: true });
    await expect(link).toHaveAttribute("href", `#${section.id}`);
    await link.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`#${section.id}$`));
    const heading = page.locator(`[id="${section.id}"]`).getByRole("heading", { level: 2, name: section.heading });
    await expect(heading, `${section.link}: focus lands on its heading`).toBeFocused();
    await expect(heading, `${section.link}: its heading is on screen`).toBeInViewport();
    // Not hidden under the sticky navigation: the heading starts below it.
    const navBottom = ((await nav.boundingBox())?.y ?? 0) + ((await nav.boundingBox())?.height ?? 0);
    expect((await heading.boundingBox())?.y ?? 0, `${section.link}: below On this page`).toBeGreaterThanOrEqual(
      navBottom - 1,
    );
    // Tab goes on from the section, not from the top of the page.
    await page.keyboard.press("Tab");
    const { fromSection, inLaterContent } = await page.evaluate((id: string) => {
      const target = document.getElementById(id);
      const active = document.activeElement;
      if (!target || !active) return { fromSection: false, inLaterContent: false };
      return {
        fromSection: target.contains(active),
        inLaterContent: Boolean(target.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING),
      };
    }, section.id);
    expect(fromSection || inLaterContent, `${section.link}: Tab moves on from the section`).toBe(true);
  }
}

type Section = { id: string; link: string; heading: string };

/** Sections every work item has, in page order; the Details heading is "Work item details" in a read-only summary. */
const commonSections = (detailsHeading: string): Section[] => [
  { id: "details", link: "Details", heading: detailsHeading },
  { id: "decision", link: "Involvement decision", heading: "Involvement decision" },
  { id: "budget", link: "Budget", heading: "Budget" },
  { id: "people-involved", link: "People involved", heading: "People involved" },
];

/** A conference's sections: the common ones, then the agenda and what goes with it. */
const conferenceSections = (detailsHeading: string): Section[] => [
  ...commonSections(detailsHeading),
  { id: "agenda", link: "Agenda", heading: "Agenda" },
  { id: "event-details", link: "Speaker advice and bursary places", heading: "Speaker advice and bursary places" },
  { id: "speaker-diversity", link: "Speaker diversity", heading: "Speaker diversity" },
  { id: "bursaries", link: "Bursaries", heading: "Bursaries" },
];

const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

type Box = { x: number; y: number; width: number; height: number };

/** Where an element is drawn; a test about layout fails, rather than compares zeros, when it is not drawn. */
async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} is not drawn`);
  return box;
}

async function expectDiversityTables(page: Page, visible: boolean) {
  const diversity = page.getByRole("region", { name: "Speaker diversity" });
  for (const name of tableNames) {
    // Hidden ones too: a table cut short is still in the page (for print), only not shown.
    const table = diversity.getByRole("table", { name, exact: true, includeHidden: true });
    await expect(table, `${name} table in the page`).toBeAttached();
    if (visible) await expect(table, `${name} table shown`).toBeVisible();
    else await expect(table, `${name} table cut short on screen`).toBeHidden();
  }
}

async function checkConference(page: Page, a11y: A11y, people: number) {
  // Speaker diversity: a summary, the seven tables behind one clear control.
  const diversity = page.getByRole("region", { name: "Speaker diversity" });
  await expect(diversity.getByText(/speaker places/)).toBeVisible();
  await expectDiversityTables(page, false);
  const showTables = diversity.getByRole("button", { name: "Show all 7 tables" });
  await expect(showTables).toHaveAttribute("aria-expanded", "false");
  await showTables.click();
  const hideTables = diversity.getByRole("button", { name: "Hide the 7 tables" });
  await expect(hideTables).toHaveAttribute("aria-expanded", "true");
  await expectDiversityTables(page, true);
  // Beside the agenda on a wide screen, yet wide enough: no table has to scroll sideways.
  const tables = diversity.getByRole("table");
  await expect(tables).toHaveCount(tableNames.length);
  const sideways = await tables.evaluateAll(
    (all) =>
      all.filter((table) => (table.parentElement?.scrollWidth ?? 0) > (table.parentElement?.clientWidth ?? 0)).length,
  );
  expect(sideways, "diversity tables that scroll sideways").toBe(0);
  await a11y.check("diversity tables shown");
  await hideTables.click();
  await expectDiversityTables(page, false);

  // People involved: the first 20 rows, then all of them on asking.
  const section = page.getByRole("region", { name: "People involved" });
  const table = section.getByRole("table", { name: `People involved, ${people}` });
  await expect(table.getByRole("row")).toHaveCount(20 + 1);
  await expect(section.getByText(`Showing the first 20 of ${people}.`)).toBeVisible();
  await section.getByRole("button", { name: `Show all ${people} people` }).click();
  await expect(table.getByRole("row")).toHaveCount(people + 1);
  await a11y.check("all people shown");
  await section.getByRole("button", { name: "Show the first 20 only" }).click();
  await expect(table.getByRole("row")).toHaveCount(20 + 1);

  // Paper has everything, whatever is cut short on screen, and no navigation to follow.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "On this page" })).toBeHidden();
  await expectDiversityTables(page, true);
  await expect(table.getByRole("row")).toHaveCount(people + 1);
  for (const row of await table.getByRole("row").all()) await expect(row).toBeVisible();
  await expect(section.getByText(`Showing the first 20 of ${people}.`)).toBeHidden();
  await a11y.check("print view");
  await page.emulateMedia({ media: "screen" });
  await expectDiversityTables(page, false);
}

test("a manager finds their way around the longest demo conference, half as tall as before", async ({
  page,
  sessions,
  a11y,
}) => {
  test.setTimeout(walkTimeout);
  await signInWithApi(page, sessions, "manager@example.org");
  await page.setViewportSize(wide);
  const conference = await longestConference(page);
  await openItem(page, conference);
  await a11y.check("read only");

  const height = await pageHeight(page);
  expect(height, `page height at 1280 × 900: ${height} px`).toBeLessThanOrEqual(halfTheOldHeight);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), "no sideways scrolling").toBe(wide.width);

  // Two columns on a wide screen: the details beside the decision.
  const details = await page.getByRole("region", { name: "Work item details" }).boundingBox();
  const decision = await page.getByRole("region", { name: "Involvement decision" }).boundingBox();
  expect(decision?.x ?? 0).toBeGreaterThan((details?.x ?? 0) + (details?.width ?? 0));
  expect(Math.abs((decision?.y ?? 0) - (details?.y ?? 0))).toBeLessThan(2);

  await followEachLink(page, conferenceSections("Work item details"));
  await checkConference(page, a11y, conference.people);
});

test("the events team follows On this page by keyboard, and by mouse, on a conference they can change", async ({
  page,
  sessions,
  a11y,
}) => {
  test.setTimeout(walkTimeout);
  await signInWithApi(page, sessions, "events@example.org");
  await page.setViewportSize(wide);
  const conference = await longestConference(page);
  await openItem(page, conference);
  await a11y.check("editable");

  // The width used for the forms too: the decision's form beside the details and the budget, the
  // two agenda forms side by side, and an add form's fields beside each other.
  const height = await pageHeight(page);
  expect(height, `page height at 1280 × 900: ${height} px`).toBeLessThanOrEqual(halfTheEventsTeamsOldHeight);
  const [details, decision, budget] = await Promise.all([
    boxOf(page.getByRole("region", { name: "Details", exact: true })),
    boxOf(page.getByRole("form", { name: "Involvement decision", exact: true })),
    boxOf(page.getByRole("region", { name: "Budget", exact: true })),
  ]);
  expect(decision.x, "decision beside the details").toBeGreaterThan(details.x + details.width);
  expect(Math.abs(budget.x - details.x), "budget under the details").toBeLessThan(1);
  expect(budget.y, "budget under the details").toBeGreaterThan(details.y + details.height);
  // A checkbox stands before its label on the same line, not centred above it.
  const considered = await boxOf(page.getByRole("checkbox", { name: "Involvement was considered" }));
  const consideredLabel = await boxOf(page.getByText("Involvement was considered", { exact: true }));
  expect(considered.x, "checkbox before its label").toBeLessThan(consideredLabel.x);
  expect(considered.x, "checkbox at the form's left edge").toBeLessThan(decision.x + 60);
  const centre = (box: Box) => box.y + box.height / 2;
  expect(Math.abs(centre(considered) - centre(consideredLabel)), "checkbox and label on one line").toBeLessThan(4);
  const addSession = await boxOf(page.getByRole("form", { name: "Add a session" }));
  const addSpeaker = await boxOf(page.getByRole("form", { name: "Add a speaker" }));
  expect(addSpeaker.x, "Add a speaker beside Add a session").toBeGreaterThan(addSession.x + addSession.width);
  const addBursary = page.getByRole("form", { name: "Add a bursary" });
  const [person, status] = await Promise.all([
    boxOf(addBursary.getByLabel("Person", { exact: true })),
    boxOf(addBursary.getByLabel("Status", { exact: true })),
  ]);
  // On one row: their boxes overlap from top to bottom (a hint above one moves it down a little).
  const top = Math.max(status.y, person.y);
  const bottom = Math.min(status.y + status.height, person.y + person.height);
  expect(bottom - top, "a bursary's person and status on one row").toBeGreaterThan(0);

  await followEachLink(page, conferenceSections("Details"));
  // The form's heading names a landmark of its own.
  await expect(page.getByRole("region", { name: "Details" }).getByLabel("Title", { exact: true })).toBeVisible();

  // A click (not only Enter) lands on the section too.
  const nav = page.getByRole("navigation", { name: "On this page" });
  await nav.getByRole("link", { name: "Agenda", exact: true }).click();
  await expect(page).toHaveURL(/#agenda$/);
  await expect(page.getByRole("heading", { level: 2, name: "Agenda" })).toBeFocused();
  await expect(page.getByRole("heading", { level: 2, name: "Agenda" })).toBeInViewport();

  // An unsaved edit does not stand in the way of moving about the page: no "Leave without saving?".
  await page.getByLabel("Title", { exact: true }).fill(`${conference.title} (draft)`);
  await nav.getByRole("link", { name: "Bursaries", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Bursaries" })).toBeFocused();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(`${conference.title} (draft)`);

  await checkConference(page, a11y, conference.people);
});

test("a work item that is not an event lists its own sections, and Activity for admin", async ({
  page,
  sessions,
  a11y,
}) => {
  test.setTimeout(walkTimeout);
  await signInWithApi(page, sessions, "admin@example.org");
  await page.setViewportSize(wide);
  const list = (await (
    await page.request.get("/api/work-items?kind=research&pageSize=1", { maxRetries })
  ).json()) as Listed;
  const research = list.items[0];
  if (!research) throw new Error("the demo data has no research");
  await openItem(page, research);
  await expect(page.getByRole("region", { name: "Activity" })).toBeVisible();
  await a11y.check("research, admin");
  await followEachLink(page, [...commonSections("Details"), { id: "activity", link: "Activity", heading: "Activity" }]);
  await expect(page.getByRole("region", { name: "Agenda" })).toHaveCount(0);

  // An address with a section's #id (a bookmark) opens the page at that section, once it has loaded.
  await page.goto(`/work-items/${research.id}#activity`);
  await expect(page.getByRole("heading", { level: 1, name: research.title })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Activity" })).toBeInViewport();
  await a11y.check("research, admin");
});
