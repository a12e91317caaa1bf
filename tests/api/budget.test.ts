import { describe, expect, it } from "vitest";
import type { WorkItemBudget } from "../../src/shared/schemas/work-items";
import { type Client, setupApi } from "../setup/api";
import { createItem, createPerson } from "./helpers";

const api = setupApi();

type Budget = WorkItemBudget;
type Involvement = {
  status: string;
  paymentStatus: string;
  feePence: number | null;
  expensesPence: number | null;
};

async function everyWorkItem(client: Client): Promise<{ id: string; title: string; planLevel: string | null }[]> {
  const items = [];
  for (let page = 1; ; page++) {
    const body = await (await client.get(`/api/work-items?pageSize=100&page=${page}`)).json();
    items.push(...body.items);
    if (items.length >= body.total) return items;
  }
}

async function involvementsOf(client: Client, workItemId: string): Promise<Involvement[]> {
  const found: Involvement[] = [];
  for (let page = 1; ; page++) {
    const body = await (
      await client.get(`/api/involvements?workItemId=${workItemId}&pageSize=100&page=${page}`)
    ).json();
    found.push(...body.items);
    if (found.length >= body.total) return found;
  }
}

/** The rule, worked out from the involvements list: confirmed or took part, payment not declined. */
const commits = (i: Involvement) => ["confirmed", "took_part"].includes(i.status) && i.paymentStatus !== "declined";
const amount = (i: Involvement) => (i.feePence ?? 0) + (i.expensesPence ?? 0);

describe("GET /api/work-items/:id/budget", () => {
  it("adds up on every demo work item, against the involvements list and the decision's budget", {
    timeout: 120_000,
  }, async () => {
    const admin = await api.as("admin@example.org");
    const items = await everyWorkItem(admin);
    expect(items.length).toBeGreaterThan(20);
    let over = 0;
    let withBudget = 0;
    for (const item of items) {
      const response = await admin.get(`/api/work-items/${item.id}/budget`);
      expect(response.status).toBe(200);
      const budget: Budget = await response.json();
      const involvements = await involvementsOf(admin, item.id);
      const committed = involvements.filter(commits);
      expect(budget.committedPence, item.title).toBe(committed.reduce((sum, i) => sum + amount(i), 0));
      expect(budget.paidPence, item.title).toBe(
        committed.filter((i) => i.paymentStatus === "paid").reduce((sum, i) => sum + amount(i), 0),
      );
      expect(budget.paidPence).toBeLessThanOrEqual(budget.committedPence);
      // The budget is the involvement decision's: not set (0) while undecided or left blank.
      const plan = item.planLevel === null ? null : await (await admin.get(`/api/work-items/${item.id}/plan`)).json();
      const planBudget: number | null = plan?.budgetPence ?? null;
      expect(budget.budgetSet, item.title).toBe(planBudget !== null);
      expect(budget.budgetPence, item.title).toBe(planBudget ?? 0);
      // They add up on every item, with a budget or not.
      expect(budget.remainingPence, item.title).toBe(budget.budgetPence - budget.committedPence);
      if (budget.budgetSet) {
        withBudget++;
        if (budget.committedPence > budget.budgetPence) over++;
      }
    }
    // The demo shows both: most decided work has a budget, and some of it is over-committed.
    expect(withBudget).toBeGreaterThan(items.length / 2);
    expect(over).toBeGreaterThan(0);
  });

  it("follows a new budget and a new commitment, and reads 0, not set, with no budget", async () => {
    const admin = await api.as("admin@example.org");
    const item = await createItem(admin, { title: "Budget test item", kind: "research" });
    const read = async () => (await admin.get(`/api/work-items/${item.id}/budget`)).json();
    expect(await read()).toEqual({
      budgetPence: 0,
      committedPence: 0,
      paidPence: 0,
      remainingPence: 0,
      budgetSet: false,
    });

    const plan = await admin.request("PUT", `/api/work-items/${item.id}/plan`, {
      considered: true,
      level: "involve",
      roles: [],
      budgetPence: 20_000,
      reason: "",
    });
    expect(plan.status).toBe(201);
    const person = await createPerson(admin, { name: "Budget Tester" });
    const involve = (status: string, paymentStatus: string, feePence: number, expensesPence: number | null) =>
      admin.request("POST", "/api/involvements", {
        workItemId: item.id,
        personId: person.id,
        role: "co_researcher",
        status,
        ask: "Read the protocol.",
        expectations: "A fee and expenses.",
        startDate: "2026-06-01",
        feePence,
        expensesPence,
        paymentStatus,
      });
    for (const [status, payment, fee, expenses] of [
      ["took_part", "paid", 15_000, 2_500],
      ["confirmed", "not_due", 7_500, null],
      ["took_part", "declined", 15_000, null],
      ["invited", "not_due", 15_000, null],
    ] as const) {
      const response = await involve(status, payment, fee, expenses);
      expect(response.status, await response.clone().text()).toBe(201);
    }
    // Committed: 150 + 25 (paid) + 75; the declined and the invited are not promised money.
    expect(await read()).toEqual({
      budgetPence: 20_000,
      committedPence: 25_000,
      paidPence: 17_500,
      remainingPence: -5_000,
      budgetSet: true,
    });
  });

  it("is read by every role that reads the work item, and 404 for one that does not exist", async () => {
    const admin = await api.as("admin@example.org");
    const [item] = await everyWorkItem(admin);
    for (const email of ["lead@example.org", "events@example.org", "manager@example.org", "admin@example.org"]) {
      const client = await api.as(email);
      expect((await client.get(`/api/work-items/${item?.id}/budget`)).status, email).toBe(200);
    }
    const missing = await admin.get("/api/work-items/00000000-0000-4000-8000-000000000000/budget");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toContain("application/problem+json");
    expect((await admin.get("/api/work-items/not-an-id/budget")).status).toBe(404);
    expect((await api.anonymous.get(`/api/work-items/${item?.id}/budget`)).status).toBe(401);
  });
});
