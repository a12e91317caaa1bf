import type { Locator, Page } from "@playwright/test";
import { createWorkItemWithApi, expect, maxRetries, signInWithApi, test, uniqueTitle } from "./fixtures";

/** Form fields (and buttons) shown but switched off: a manager's view of a record has none. */
const disabledControls = (page: Page) =>
  page.locator("input:disabled, select:disabled, textarea:disabled, fieldset:disabled, button:disabled");

/** The value beside a term in a summary list. */
const summaryValue = (summary: Locator, term: string) =>
  summary.locator("dt", { hasText: new RegExp(`^${term}$`) }).locator("xpath=following-sibling::dd[1]");

async function expectNoFields(page: Page) {
  await expect(disabledControls(page)).toHaveCount(0);
  await expect(page.getByRole("main").getByRole("textbox")).toHaveCount(0);
  await expect(page.getByRole("main").getByRole("combobox")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save", exact: true })).toHaveCount(0);
}

async function post<T>(page: Page, path: string, data: unknown): Promise<T> {
  const response = await page.request.post(path, { data, maxRetries });
  expect(response.status(), `POST ${path}`).toBe(201);
  return (await response.json()) as T;
}

test("a manager reads a work item, a person, an involvement and feedback as summaries, with no disabled fields", async ({
  page,
  sessions,
  a11y,
}) => {
  // Four pages, each scanned with axe (seconds apiece on a busy machine).
  test.setTimeout(90_000);
  // Records with known values, made by admin, who leads the work item.
  await signInWithApi(page, sessions, "admin@example.org");
  const item = await createWorkItemWithApi(page, uniqueTitle("Co-designed guide to wheelchair services"));
  const name = `Hollis Penhaligon ${Date.now().toString(36)}`;
  const person = await post<{ id: string }>(page, "/api/people", {
    name,
    email: "hollis.penhaligon@example.net",
    perspectives: ["carer"],
    accessNeeds: "Step-free access and a quiet room.",
    paymentPreference: "gift_voucher",
    consents: { contact: { givenOn: "2026-03-02", withdrawnOn: null }, equalityMonitoring: null, namedPublicly: null },
  });
  const involvement = await post<{ id: string }>(page, "/api/involvements", {
    workItemId: item.id,
    personId: person.id,
    role: "advisory_group",
    status: "confirmed",
    startDate: "2027-01-11",
    ask: "Join three advisory meetings.",
    expectations: "A fee, travel paid, and a note of what changed.",
    support: ["care_costs"],
    feePence: 15_000,
    paymentStatus: "due",
  });
  const feedback = await post<{ id: string }>(page, "/api/feedback", {
    personId: person.id,
    workItemId: item.id,
    receivedOn: "2026-11-20",
    channel: "social_media",
    summary: "The guide was too long to read on a phone.",
    actionStatus: "open",
  });

  await page.context().clearCookies();
  await signInWithApi(page, sessions, "manager@example.org");

  // The work item (createWorkItemWithApi: planned, research, 11 January to 26 March 2027).
  await page.goto(`/work-items/${item.id}`);
  const details = page.getByRole("region", { name: "Work item details" });
  await expect(summaryValue(details, "Title")).toHaveText(item.title);
  await expect(summaryValue(details, "Kind")).toHaveText("Research");
  await expect(summaryValue(details, "Status")).toHaveText("Planned");
  await expect(summaryValue(details, "Start date")).toHaveText("11 Jan 2027");
  await expect(summaryValue(details, "End date")).toHaveText("26 Mar 2027");
  await expect(
    page.getByRole("region", { name: "People involved" }).getByRole("row", { name: /Hollis/ }),
  ).toBeVisible();
  await expect(page.getByText("Undecided: no involvement decision has been recorded yet.")).toBeVisible();
  await expectNoFields(page);
  await a11y.check("manager's summary");

  // The person: what a manager may see, and their consents with dates.
  await page.goto(`/people/${person.id}`);
  const about = page.getByRole("region", { name: "Details of the person" });
  await expect(summaryValue(about, "Name")).toHaveText(name);
  await expect(summaryValue(about, "Perspectives")).toHaveText("Carer");
  await expect(summaryValue(about, "Payment preference")).toHaveText("Gift voucher");
  await expect(summaryValue(about, "Consent: contact")).toHaveText("Given on 2 Mar 2026");
  await expect(about.locator("dt", { hasText: /^(Email|Phone|Lived experience|Access needs)$/ })).toHaveCount(0);
  await expect(page.getByRole("main")).not.toContainText("Step-free access");
  await expect(page.getByRole("region", { name: "Consent history" }).getByRole("table")).toBeVisible();
  await expect(page.getByRole("region", { name: "Involvements" }).getByRole("table")).toBeVisible();
  await expectNoFields(page);
  await a11y.check("manager's summary");

  // The involvement: a link to the person, money in pounds, no support offered.
  await page.goto(`/involvements/${involvement.id}`);
  const summary = page.getByRole("region", { name: "The involvement" });
  await expect(summaryValue(summary, "Person").getByRole("link", { name })).toHaveAttribute(
    "href",
    `/people/${person.id}`,
  );
  await expect(summaryValue(summary, "Role")).toHaveText("Advisory group member");
  await expect(summaryValue(summary, "Status")).toHaveText("Confirmed");
  await expect(summaryValue(summary, "From")).toHaveText("11 Jan 2027");
  await expect(summaryValue(summary, "Fee")).toHaveText("£150.00");
  await expect(summaryValue(summary, "Expenses")).toHaveText("Not recorded");
  await expect(summary.locator("dt", { hasText: "Support offered" })).toHaveCount(0);
  await expect(page.getByRole("main")).not.toContainText("Care costs covered");
  await expectNoFields(page);
  await a11y.check("manager's summary");

  // The feedback.
  await page.goto(`/feedback/${feedback.id}`);
  const told = page.getByRole("region", { name: "Feedback and action" });
  await expect(summaryValue(told, "Received on")).toHaveText("20 Nov 2026");
  await expect(summaryValue(told, "Channel")).toHaveText("Social media");
  await expect(summaryValue(told, "About").getByRole("link", { name: item.title })).toBeVisible();
  await expect(summaryValue(told, "From").getByRole("link")).toHaveAttribute("href", `/people/${person.id}`);
  await expect(summaryValue(told, "Action status")).toHaveText("Open");
  await expectNoFields(page);
  await a11y.check("manager's summary");
});
