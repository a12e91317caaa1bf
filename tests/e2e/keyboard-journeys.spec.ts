import { readFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import {
  createWorkItemWithApi,
  expect,
  expectListMatchesUrl,
  maxRetries,
  password,
  signInWithApi,
  test,
  uniqueTitle,
} from "./fixtures";

/*
 * One journey per role, by keyboard alone: Tab and Shift+Tab to move, Enter and Space to act,
 * typing to fill in fields and to choose in a select (its options' first letters, as a
 * keyboard user does). No clicks, fills or selectOption for the journey's own steps: a control
 * that Tab cannot reach, or that does not answer Enter or Space, fails here.
 */

/** What has the focus, in words, for a failure message. */
const describeFocus = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "nothing (the page itself)";
    const label = el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 60);
    const labelled = "labels" in el ? [...((el as HTMLInputElement).labels ?? [])].map((l) => l.textContent ?? "") : [];
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}> ${labelled.join(" ") || label || ""}`.trim();
  });

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, as someone tabbing through the page
 * would: extra stops on the way (a new link, another field) do not matter, never reaching it does.
 * The target is found once (finding by role on a long page is slow); if it is replaced meanwhile,
 * it is found again.
 */
async function tabTo(page: Page, target: Locator, { max = 80, backwards = false } = {}) {
  await expect(target, "the control to tab to is on the page").toBeVisible();
  let element = await target.elementHandle();
  const key = backwards ? "Shift+Tab" : "Tab";
  try {
    for (let presses = 0; presses < max; presses++) {
      await page.keyboard.press(key);
      const state = await element.evaluate((el) =>
        el === document.activeElement ? "focused" : el.isConnected ? "elsewhere" : "gone",
      );
      if (state === "focused") return;
      if (state === "gone") {
        await element.dispose();
        element = await target.elementHandle();
        if (await isFocused(target)) return;
      }
    }
  } finally {
    await element.dispose();
  }
  throw new Error(
    `${key} pressed ${max} times without reaching ${target}; the focus is on ${await describeFocus(page)}`,
  );
}

/** The focused control shows that it has the focus (WCAG 2.4.7): an outline or a ring, not nothing. */
async function expectFocusVisible(target: Locator) {
  const style = await target.evaluate((el) => {
    const computed = getComputedStyle(el);
    return {
      focused: el === document.activeElement,
      focusVisible: el.matches(":focus-visible"),
      outline: computed.outlineStyle === "none" ? "none" : computed.outlineWidth,
      boxShadow: computed.boxShadow,
    };
  });
  expect(style.focused, `${target} has the focus`).toBe(true);
  expect(style.focusVisible, `${target} matches :focus-visible`).toBe(true);
  const shown = (style.outline !== "none" && style.outline !== "0px") || style.boxShadow !== "none";
  expect(shown, `${target} shows its focus (outline ${style.outline}, box-shadow ${style.boxShadow})`).toBe(true);
}

/** Chooses in a focused select by typing the start of an option, and checks that option is the one chosen. */
async function chooseByTyping(page: Page, select: Locator, typed: string, option: string) {
  expect(await isFocused(select), `${select} has the focus`).toBe(true);
  await page.keyboard.type(typed);
  await expect(select.locator("option:checked")).toHaveText(option);
}

/** After a page load: the first Tab reaches the skip link, and Enter takes the focus to the page's content. */
async function skipToContent(page: Page) {
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await page.keyboard.press("Tab");
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expectFocusVisible(skip);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
}

// Journeys are long (a sign-in, several pages, a hundred key presses, an axe scan at each step).
test.describe.configure({ timeout: 90_000 });

/** The part of a `uniqueTitle` that no other record has: what a person would type to find it. */
const uniquePart = (title: string) => title.slice(title.lastIndexOf(" ") + 1);

test("a project lead signs in, finds their undecided work and records the decision, by keyboard", async ({
  page,
  a11y,
}) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await a11y.check();
  const email = page.getByRole("textbox", { name: "Email" });
  await tabTo(page, email, { max: 10 });
  await expectFocusVisible(email);
  await page.keyboard.type("lead@example.org");
  await tabTo(page, page.getByLabel("Password"), { max: 3 });
  await page.keyboard.type(password);
  await page.keyboard.press("Enter");
  // A sign-in checks the password with a deliberately slow hash: allow for a busy machine.
  // A lead lands on Needs attention.
  await expect(page.getByRole("heading", { level: 1, name: "Needs attention" })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
  await a11y.check();

  // Their own piece of work with no decision yet (runs share one database: a new one).
  const item = await createWorkItemWithApi(page, uniqueTitle("Keyboard-only survey of carers"));

  const plannedWork = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Planned work" });
  await tabTo(page, plannedWork, { max: 30 });
  await expectFocusVisible(plannedWork);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Planned work" })).toBeVisible();
  await expectListMatchesUrl(page);
  await a11y.check();

  await tabTo(page, page.getByRole("searchbox", { name: "Search" }), { max: 20 });
  await page.keyboard.type(uniquePart(item.title));
  const decisionFilter = page.getByRole("combobox", { name: "Involvement decision" });
  await tabTo(page, decisionFilter, { max: 20 });
  await chooseByTyping(page, decisionFilter, "Und", "Undecided");
  await expect(page).toHaveURL(/[?&]plan=undecided/);
  await expect(page).toHaveURL(/[?&]search=/);
  const list = await expectListMatchesUrl(page);
  expect(list.items.map((found) => found.title)).toEqual([item.title]);

  const link = page.getByRole("table", { name: "Planned work, 1 items" }).getByRole("link", { name: item.title });
  await tabTo(page, link, { max: 30 });
  await expectFocusVisible(link);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: item.title })).toBeVisible();
  const decision = page.getByRole("form", { name: "Involvement decision" });
  await expect(decision).toContainText("No decision is recorded yet");
  await a11y.check("undecided");

  const level = decision.getByRole("combobox", { name: "Planned level" });
  await tabTo(page, level, { max: 120 });
  await expectFocusVisible(level);
  await chooseByTyping(page, level, "Cons", "Consult");
  await tabTo(page, decision.getByRole("textbox", { name: "Involvement budget (£)" }), { max: 10 });
  await page.keyboard.type("250");
  for (const role of ["Advisory group member", "Reviewer"]) {
    const box = decision.getByRole("checkbox", { name: role });
    await tabTo(page, box, { max: 20 });
    await expectFocusVisible(box);
    await page.keyboard.press("Space");
    await expect(box).toBeChecked();
  }
  const record = decision.getByRole("button", { name: "Record decision" });
  await tabTo(page, record, { max: 20 });
  await expectFocusVisible(record);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Saved the involvement decision." })).toBeVisible();
  await expect(decision).not.toContainText("No decision is recorded yet");
  await a11y.check("decision recorded");

  // Recorded, not only shown: a reload reads it back from the server.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: item.title })).toBeVisible();
  await expect(decision.getByRole("combobox", { name: "Planned level" })).toHaveValue("consult");
  await expect(decision.getByRole("textbox", { name: "Involvement budget (£)" })).toHaveValue("250");
  await expect(decision.getByRole("checkbox", { name: "Advisory group member" })).toBeChecked();
  await expect(decision.getByRole("checkbox", { name: "Reviewer" })).toBeChecked();
  await expect(decision.getByRole("checkbox", { name: "Co-researcher" })).not.toBeChecked();
  await expect(decision.getByRole("checkbox", { name: "Involvement was considered" })).toBeChecked();
  await expect(decision).toContainText("Whether and how patients");
});

test("the events team puts a patient speaker on a conference agenda, by keyboard", async ({ page, sessions, a11y }) => {
  await signInWithApi(page, sessions, "events@example.org");
  const conference = await createWorkItemWithApi(page, uniqueTitle("Keyboard access in clinics"), "conference");
  const speakerName = uniqueTitle("Ottoline Keyes");
  const person = await page.request.post("/api/people", {
    data: { name: speakerName, perspectives: ["patient"] },
    maxRetries,
  });
  expect(person.status()).toBe(201);

  await page.goto(`/work-items/${conference.id}`);
  await expect(page.getByRole("heading", { level: 1, name: conference.title })).toBeVisible();
  const agenda = page.getByRole("region", { name: "Agenda" });
  await expect(agenda.getByText("No sessions on the agenda yet.")).toBeVisible();
  await expect(agenda.getByText("Patient voice on the agenda: not met")).toBeVisible();
  await a11y.check("no sessions");
  await skipToContent(page);

  // A session first (the date, time and format have sensible defaults), sent with Enter.
  const sessionTitle = "Panel: clinics that work for everyone";
  const addSession = agenda.getByRole("form", { name: "Add a session" });
  await tabTo(page, addSession.getByRole("textbox", { name: "Session title" }), { max: 150 });
  await page.keyboard.type(sessionTitle);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: `Added the session “${sessionTitle}”.` })).toBeVisible();
  await expect(agenda.getByRole("heading", { level: 3, name: sessionTitle })).toBeVisible();

  const addSpeaker = agenda.getByRole("form", { name: "Add a speaker" });
  await tabTo(page, addSpeaker.getByRole("searchbox", { name: "Find speaker" }), { max: 20 });
  await page.keyboard.type(uniquePart(speakerName));
  const speaker = addSpeaker.getByRole("combobox", { name: "Speaker", exact: true });
  await expect(speaker.getByRole("option", { name: `${speakerName} (Patient)` })).toBeAttached();
  await tabTo(page, speaker, { max: 5 });
  await expectFocusVisible(speaker);
  await chooseByTyping(page, speaker, "Otto", `${speakerName} (Patient)`);
  await expect(addSpeaker.getByRole("combobox", { name: "Session" })).toHaveValue(/.+/);
  const role = addSpeaker.getByRole("combobox", { name: "Agenda role" });
  await tabTo(page, role, { max: 5 });
  await chooseByTyping(page, role, "Ch", "Chair");
  const status = addSpeaker.getByRole("combobox", { name: "Speaker status" });
  await tabTo(page, status, { max: 5 });
  await chooseByTyping(page, status, "Con", "Confirmed");
  await tabTo(page, addSpeaker.getByRole("textbox", { name: "What we ask of them" }), { max: 5 });
  await page.keyboard.type("Chair the panel.");
  await tabTo(page, addSpeaker.getByRole("textbox", { name: "What they can expect of us" }), { max: 5 });
  await page.keyboard.type("A fee and travel.");
  const add = addSpeaker.getByRole("button", { name: "Add speaker" });
  await tabTo(page, add, { max: 5 });
  await expectFocusVisible(add);
  await page.keyboard.press("Enter");

  await expect(page.getByRole("status").filter({ hasText: `Added ${speakerName} to the agenda.` })).toBeVisible();
  await expect(agenda.getByText("Patient voice on the agenda: met")).toBeVisible();
  const speakers = agenda.getByRole("list", { name: `Speakers in ${sessionTitle}` });
  await expect(speakers).toContainText("Patient speaker, chair (confirmed)");
  await expect(speakers).toContainText(`on our records as ${speakerName}`);
  await a11y.check("speaker added");
});

test("a manager reads a dashboard chart as a table and downloads its CSV, by keyboard", async ({
  page,
  sessions,
  a11y,
}) => {
  await signInWithApi(page, sessions, "manager@example.org");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Headline figures" }).getByRole("listitem").first()).toBeVisible();
  await a11y.check();
  await skipToContent(page);

  const title = "Speaker diversity: ethnic group against Census 2021";
  const chart = page.getByRole("region", { name: title });
  const showTable = chart.getByRole("button", { name: "Show table" });
  await tabTo(page, showTable, { max: 60 });
  await expectFocusVisible(showTable);
  await page.keyboard.press("Enter");
  const table = chart.getByRole("table", { name: title });
  await expect(table).toBeVisible();
  // The same button, now the way back: the focus stays on it.
  await expect(chart.getByRole("button", { name: "Show chart" })).toBeFocused();
  await a11y.check("speaker diversity as a table");

  const header = await table.getByRole("columnheader").allInnerTexts();
  const shown = await table
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent ?? "")),
    );
  expect(header.length, "the table has columns").toBeGreaterThan(1);
  expect(shown.length, "the table has rows").toBeGreaterThan(0);

  const download = chart.getByRole("button", { name: "Download CSV" });
  await tabTo(page, download, { max: 3 });
  await expectFocusVisible(download);
  const downloading = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^speaker-diversity-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile(await file.path(), "utf8");
  const [csvHeader, ...csvRows] = parse(text, { bom: true }) as string[][];
  expect(csvHeader).toEqual(header.map((cell) => cell.trim()));
  expect(csvRows.length).toBe(shown.length);
  // Cell for cell what the table shows, where the table's "—" (no figure) is an empty cell.
  expect(csvRows).toEqual(shown.map((row) => row.map((cell) => (cell.trim() === "—" ? "" : cell.trim()))));

  // The table's own scrolling box is the next stop, so a table wider than its card scrolls by keyboard.
  const scrollBox = chart.getByRole("group", { name: title });
  await tabTo(page, scrollBox, { max: 3 });
  await expectFocusVisible(scrollBox);
  const overflows = await scrollBox.evaluate((el) => el.scrollWidth > el.clientWidth);
  if (overflows) {
    for (let press = 0; press < 3; press++) await page.keyboard.press("ArrowRight");
    await expect.poll(() => scrollBox.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  }
});

test("the data steward records a person's equality-monitoring answers, by keyboard", async ({
  page,
  sessions,
  a11y,
}) => {
  await signInWithApi(page, sessions, "admin@example.org");
  // Someone of our own who consented to equality monitoring (runs share one database).
  const name = uniqueTitle("Marguerite Okafor");
  const created = await page.request.post("/api/people", {
    data: {
      name,
      perspectives: ["service_user"],
      consents: { equalityMonitoring: { givenOn: "2025-11-03", withdrawnOn: null } },
    },
    maxRetries,
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  await page.goto(`/people/${id}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const answers = page.getByRole("form", { name: "Equality-monitoring answers" });
  await expect(answers).toBeVisible();
  await a11y.check("equality consent");
  await skipToContent(page);

  const choices: [question: string, typed: string, answer: string, value: string][] = [
    ["Age band", "35", "35 to 44", "35-44"],
    ["Sex", "F", "Female", "female"],
    ["Ethnic group", "Bl", "Black", "black"],
    ["Disabled (Equality Act 2010)", "Pr", "Prefer not to say", "prefer_not_to_say"],
    ["Region", "Lo", "London", "london"],
  ];
  const question = (label: string) => answers.getByRole("combobox", { name: label, exact: true });
  for (const [label, typed, answer] of choices) {
    const select = question(label);
    await tabTo(page, select, { max: 150 });
    await chooseByTyping(page, select, typed, answer);
  }
  await expectFocusVisible(question("Region"));
  const save = answers.getByRole("button", { name: "Save answers" });
  await tabTo(page, save, { max: 5 });
  await expectFocusVisible(save);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Saved the equality-monitoring answers." })).toBeVisible();
  for (const [label, , , value] of choices) await expect(question(label)).toHaveValue(value);
  await expect(question("Sexual orientation")).toHaveValue("");
  await a11y.check("answers saved");

  // On record: after a reload the form starts empty, and "Show answers" brings them back.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(question("Age band")).toHaveValue("");
  await skipToContent(page);
  const show = answers.getByRole("button", { name: "Show answers" });
  await tabTo(page, show, { max: 150 });
  await expectFocusVisible(show);
  await page.keyboard.press("Space");
  await expect(answers.getByRole("status")).toHaveText("Showing the answers on record.");
  for (const [label, , , value] of choices) await expect(question(label)).toHaveValue(value);
  await expect(question("Sexual orientation")).toHaveValue("");
  await a11y.check("answers shown");
});
