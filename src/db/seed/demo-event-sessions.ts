import { sql } from "drizzle-orm";
import type { Db } from "../database";
import { agendaSessions } from "../schema";
import { demoSessionTitles, demoTopics } from "./demo-data";
import { type EventSeeding, isAgendaRole } from "./demo-event-context";
import { addDays, isoDate } from "./demo-util";
import type { Item } from "./demo-work";

export type Format = "keynote" | "panel" | "workshop" | "talk" | "other";
type TitleList = keyof typeof demoSessionTitles;
/** A slot on an event's agenda: its format, where its title comes from and its London start time. */
export type Plan = { format: Format; list: TitleList; time: string; crowd?: boolean };
export type Session = typeof agendaSessions.$inferInsert & { plan: Plan; id: string };

type EventType = "roundtable" | "breakfast" | "lecture" | "webinar";
/** An event's running order by the kind of event: [kind, start time, format, title list, a crowded panel]. */
const runningOrders: [EventType, string, Format, TitleList, boolean?][] = [
  ["roundtable", "10:00", "other", "welcome"],
  ["roundtable", "10:20", "panel", "roundtable", true],
  ["roundtable", "11:30", "workshop", "workshop"],
  ["roundtable", "12:30", "talk", "summingUp"],
  ["breakfast", "08:00", "keynote", "breakfastKeynote"],
  ["breakfast", "08:40", "panel", "panel"],
  ["breakfast", "09:20", "talk", "talk"],
  ["breakfast", "09:50", "workshop", "breakout"],
  ["lecture", "16:30", "other", "refreshments"],
  ["lecture", "17:00", "keynote", "lecture"],
  ["lecture", "17:35", "talk", "response"],
  ["lecture", "17:55", "panel", "qaPanel"],
  ["webinar", "12:30", "talk", "webinarTalk"],
  ["webinar", "13:00", "panel", "webinarPanel"],
  ["webinar", "13:35", "workshop", "breakout"],
  ["webinar", "14:15", "other", "close"],
];

/** Last Sunday of a month (0-based), when UK clocks change. */
function lastSunday(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month + 1, 0));
  day.setUTCDate(day.getUTCDate() - day.getUTCDay());
  return isoDate(day);
}

/** A London wall-clock time on a date, as ISO 8601 with its offset (British Summer Time or GMT). */
function londonTime(date: string, time: string): string {
  const year = Number(date.slice(0, 4));
  const summer = date >= lastSunday(year, 2) && date < lastSunday(year, 9);
  return `${date}T${time}:00${summer ? "+01:00" : "Z"}`;
}

/** A conference runs a day of 4–5 sessions; an event 3–4, shaped by what kind of event it is. */
function planFor(s: EventSeeding, item: Item): Plan[] {
  const { rand, pick, between, shuffle } = s;
  if (item.kind === "conference") {
    const n = between(4, 5);
    const times = [
      "09:30",
      ...shuffle(["10:30", "11:45", "13:30", "14:45", "16:00"])
        .slice(0, n - 1)
        .sort(),
    ];
    return times.map((time, i): Plan => {
      if (i === 0) return { format: "keynote", list: "openingKeynote", time };
      if (i === n - 1)
        return rand() < 0.5
          ? { format: "keynote", list: "closingKeynote", time }
          : { format: "panel", list: "closingPanel", time };
      const list = pick(["panel", "panel", "workshop", "talk"] as const);
      return { format: list, list, time };
    });
  }
  const title = item.title.toLowerCase();
  const type: EventType = title.startsWith("roundtable")
    ? "roundtable"
    : title.includes("breakfast")
      ? "breakfast"
      : title.startsWith("evening lecture")
        ? "lecture"
        : "webinar";
  const plans = runningOrders
    .filter(([kind]) => kind === type)
    .map(([, time, format, list, crowd]): Plan => (crowd ? { format, list, time, crowd } : { format, list, time }));
  return between(3, 4) === 4 ? plans : plans.filter((_, i) => i !== 2);
}

/** The topic an event's title names, if any. */
function topicOf(item: Item): string {
  const title = item.title.toLowerCase();
  return (
    demoTopics.find((topic) => title.includes(topic.toLowerCase())) ??
    (title.includes("primary care") ? "primary care" : title.includes("inequalities") ? "health inequalities" : "")
  );
}

/** Agendas: every event's sessions, titled on its topic (or a topic drawn for it), no title twice. */
export async function seedSessions(db: Db, s: EventSeeding): Promise<Session[]> {
  const { pick, between } = s;
  const sessionRows: (typeof agendaSessions.$inferInsert & { plan: Plan })[] = [];
  for (const item of s.events) {
    const topic = topicOf(item) || pick(demoTopics);
    const usedTitles = new Set<string>();
    for (const plan of planFor(s, item)) {
      const fresh = demoSessionTitles[plan.list].filter((t) => !usedTitles.has(t));
      const template = pick(fresh.length ? fresh : demoSessionTitles[plan.list]);
      usedTitles.add(template);
      const created = s.upTo(addDays(item.createdAt, between(1, 10)));
      sessionRows.push({
        workItemId: item.id,
        title: template.replace("{topic}", topic),
        startsAt: new Date(londonTime(item.startDate, plan.time)),
        format: plan.format,
        createdAt: created,
        updatedAt: created,
        plan,
      });
    }
  }
  const sessionIds = await db
    .insert(agendaSessions)
    .values(sessionRows.map(({ plan: _plan, ...row }) => row))
    .returning({ id: agendaSessions.id });
  return sessionRows.map((row, i) => ({ ...row, id: sessionIds[i]?.id as string }));
}

/** The sessions a chair, presenter, panellist or facilitator can take. */
const suits: Record<string, Format[]> = {
  chair: ["panel", "other", "keynote", "talk"],
  presenter: ["keynote", "talk"],
  panellist: ["panel"],
  facilitator: ["workshop"],
};

/** Speakers already in the directory's involvements take a slot that suits their role. */
export async function placeDirectorySpeakers(db: Db, s: EventSeeding, sessions: Session[]): Promise<void> {
  const placed = s.input.involvements.flatMap((involvement) => {
    if (!isAgendaRole(involvement.role)) return [];
    const own = sessions.filter((session) => session.workItemId === involvement.workItemId);
    if (!own.length) return [];
    const fitting = own.filter((session) => suits[involvement.role]?.includes(session.plan.format));
    return [sql`(${involvement.id}, ${s.pick(fitting.length ? fitting : own).id})`];
  });
  if (placed.length)
    await db.execute(sql`update involvements as i set session_id = v.session_id::uuid
      from (values ${sql.join(placed, sql`, `)}) as v(id, session_id) where i.id = v.id::uuid`);
}
