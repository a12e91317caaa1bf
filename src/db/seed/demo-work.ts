import type { InvolvementLevel, InvolvementRole } from "../../shared/schemas/involvement-plans";
import type { WorkItemStatus } from "../../shared/schemas/work-items";
import type { Db } from "../database";
import { involvementPlans, type teams, type users, workItems } from "../schema";
import { demoSummaries, demoTitles, demoTopics } from "./demo-data";
import { addDays, isoDate, type Seeding } from "./demo-util";

export type Item = typeof workItems.$inferSelect;
/** What the later parts need of an involvement decision. */
export type Decision = { workItemId: string; level: InvolvementLevel; roles: InvolvementRole[] };

/** The roles people can take in each kind of work. */
export const rolesByKind: Record<string, InvolvementRole[]> = {
  conference: ["chair", "presenter", "panellist", "speaker_adviser"],
  event: ["presenter", "panellist"],
  research: ["co_researcher", "advisory_group"],
  publication: ["author", "reviewer"],
  blog: ["blog_contributor"],
  programme: ["programme_participant"],
  digital: ["website_tester"],
  other: ["reviewer"],
};

const isEvent = (kind: string) => kind === "conference" || kind === "event";
type Account = typeof users.$inferSelect;
/** The accounts that lead work other than events, and own feedback actions. */
export const leadsAmong = (accounts: Account[]) => accounts.filter((u) => u.role === "lead" || u.role === "admin");

/**
 * Planned work: 72 items, the kinds in turn, starting anywhere in the two years, so that some are
 * done, some running and some still planned at `now`. Conferences and events last a day or two and
 * are led by the events account; the rest run for weeks and are led by a lead or an admin.
 */
export async function seedWorkItems(
  db: Db,
  s: Seeding,
  accounts: Account[],
  teamRows: (typeof teams.$inferSelect)[],
): Promise<Item[]> {
  const { rand, pick, today } = s;
  const teamId = (name: string) => teamRows.find((t) => t.name === name)?.id as string;
  const leads = leadsAmong(accounts);
  const eventsUser = accounts.find((u) => u.role === "events") as Account;
  const kinds = Object.keys(demoTitles) as (keyof typeof demoTitles)[];
  const values = Array.from({ length: 72 }, (_, i) => {
    const kind = kinds[i % kinds.length] as keyof typeof demoTitles;
    const { team, titles } = demoTitles[kind];
    const title = pick(titles)
      .replace("{topic}", pick(demoTopics))
      .replace("{n}", String(Math.floor(i / kinds.length) + 1));
    const start = addDays(s.from, Math.floor(rand() * 720));
    const length = isEvent(kind) ? Math.floor(rand() * 2) : 20 + Math.floor(rand() * 200);
    const startDate = isoDate(start);
    const endDate = rand() < 0.1 ? null : isoDate(addDays(start, length));
    const finished = (endDate ?? startDate) < today;
    const status: WorkItemStatus =
      startDate > today ? "planned" : finished ? (rand() < 0.12 ? "cancelled" : "completed") : "in_progress";
    const lead = isEvent(kind) ? eventsUser : pick(leads);
    const stamp = s.upTo(addDays(start, -30 - Math.floor(rand() * 60)));
    return {
      title: `${title.charAt(0).toUpperCase()}${title.slice(1)}`,
      kind,
      teamId: teamId(team),
      leadId: lead.id,
      startDate,
      endDate,
      status,
      summary: pick(demoSummaries),
      createdAt: stamp,
      updatedAt: stamp,
    };
  });
  return db.insert(workItems).values(values).returning();
}

/**
 * Involvement decisions: most items carry one (at what level, in which roles, on what budget);
 * about one in five is still undecided, the gap managers chase.
 */
export async function seedDecisions(db: Db, s: Seeding, items: Item[]): Promise<Decision[]> {
  const { rand, pick } = s;
  const levels = ["inform", "consult", "involve", "involve", "collaborate", "co_produce"] as const;
  const plans = items
    .filter(() => rand() >= 0.2)
    .map((item) => {
      const none = rand() < 0.08;
      const level: InvolvementLevel = none ? "none" : pick(levels);
      const when = s.upTo(item.createdAt);
      return {
        workItemId: item.id,
        considered: true,
        consideredOn: isoDate(when),
        consideredById: item.leadId,
        level,
        roles: none ? [] : (rolesByKind[item.kind] ?? []).filter(() => rand() < 0.7),
        budgetPence: none ? null : Math.round(rand() * 40) * 5_000,
        reason: none ? "Internal process review with no public-facing content; the patient panel agreed." : "",
        createdAt: when,
        updatedAt: when,
      };
    });
  if (plans.length) await db.insert(involvementPlans).values(plans);
  return plans;
}
