import { count } from "drizzle-orm";
import type { InvolvementLevel } from "../../shared/schemas/involvement-plan";
import type { WorkItemStatus } from "../../shared/schemas/work-item";
import type { Db } from "../database";
import {
  feedback,
  involvementPlans,
  involvements,
  libraryEnquiries,
  people,
  staffTraining,
  teams,
  users,
  workItems,
} from "../schema";
import {
  demoAccessNeeds,
  demoFamilyNames,
  demoFirstNames,
  demoLivedExperience,
  demoPassword,
  demoSummaries,
  demoTeams,
  demoTitles,
  demoTopics,
  demoUsers,
} from "./demo-data";
import { seedDemoEvents } from "./demo-events";
import { addDays, isoDate, random } from "./demo-util";

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

/**
 * Seeds demo accounts, teams and work items spread over two reporting years
 * (the one running at `now` and the one before it), with the people involved; and, for every
 * conference and event, its agenda, speakers, bursaries and event details. Only call on an empty database.
 */
export async function seedDemo(db: Db, hash: (password: string) => Promise<string>, now: Date): Promise<void> {
  const passwordHashes = await Promise.all(demoUsers.map(() => hash(demoPassword)));
  const userRows = await db
    .insert(users)
    .values(demoUsers.map((u, i) => ({ ...u, passwordHash: passwordHashes[i] as string })))
    .returning();
  const teamRows = await db
    .insert(teams)
    .values(demoTeams.map((name) => ({ name })))
    .returning();
  const teamId = (name: string) => teamRows.find((t) => t.name === name)?.id as string;
  const leads = userRows.filter((u) => u.role === "lead" || u.role === "admin");
  const eventsUser = userRows.find((u) => u.role === "events") as (typeof userRows)[number];

  // Reporting years run April to March: start from 1 April of the previous year.
  const yearStart = now.getUTCMonth() >= 3 ? now.getUTCFullYear() - 1 : now.getUTCFullYear() - 2;
  const from = new Date(Date.UTC(yearStart, 3, 1));
  const rand = random(20_240_401);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  const kinds = Object.keys(demoTitles) as (keyof typeof demoTitles)[];
  const today = isoDate(now);

  const values = Array.from({ length: 72 }, (_, i) => {
    const kind = kinds[i % kinds.length] as keyof typeof demoTitles;
    const { team, titles } = demoTitles[kind];
    const title = pick(titles)
      .replace("{topic}", pick(demoTopics))
      .replace("{n}", String(Math.floor(i / kinds.length) + 1));
    const start = addDays(from, Math.floor(rand() * 720));
    const length = kind === "conference" || kind === "event" ? Math.floor(rand() * 2) : 20 + Math.floor(rand() * 200);
    const startDate = isoDate(start);
    const endDate = rand() < 0.1 ? null : isoDate(addDays(start, length));
    const finished = (endDate ?? startDate) < today;
    const status: WorkItemStatus =
      startDate > today ? "planned" : finished ? (rand() < 0.12 ? "cancelled" : "completed") : "in_progress";
    const lead = kind === "conference" || kind === "event" ? eventsUser : pick(leads);
    const created = addDays(start, -30 - Math.floor(rand() * 60));
    const stamp = created < now ? created : now;
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
  const items = await db.insert(workItems).values(values).returning();

  // Most items carry a decision; about one in five is still undecided (the gap managers chase).
  const levels = ["inform", "consult", "involve", "involve", "collaborate", "co_produce"] as const;
  const rolesByKind: Record<string, string[]> = {
    conference: ["chair", "presenter", "panellist", "speaker_adviser"],
    event: ["presenter", "panellist"],
    research: ["co_researcher", "advisory_group"],
    publication: ["author", "reviewer"],
    blog: ["blog_contributor"],
    programme: ["programme_participant"],
    digital: ["website_tester"],
    other: ["reviewer"],
  };
  const plans = items
    .filter(() => rand() >= 0.2)
    .map((item) => {
      const none = rand() < 0.08;
      const level: InvolvementLevel = none ? "none" : pick(levels);
      const when = item.createdAt < now ? item.createdAt : now;
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

  // People: mostly patients, service users and carers; some professionals who speak.
  const perspectiveMix = [
    ["patient"],
    ["patient"],
    ["service_user"],
    ["carer"],
    ["patient", "carer"],
    ["public"],
    ["clinician"],
    ["manager"],
    ["academic"],
    ["policy"],
    ["clinician", "patient"],
  ];
  const payment = ["bank_transfer", "gift_voucher", "charity_donation", "no_payment", null] as const;
  const personRows = Array.from({ length: 240 }, (_, i) => {
    const first = demoFirstNames[i % demoFirstNames.length] as string;
    const family = pick(demoFamilyNames);
    const perspectives = pick(perspectiveMix);
    const lived = perspectives.some((p) => p === "patient" || p === "service_user" || p === "carer")
      ? [...new Set([pick(demoLivedExperience), ...(rand() < 0.3 ? [pick(demoLivedExperience)] : [])])]
      : [];
    const joined = addDays(from, Math.floor(rand() * 600));
    const stamp = joined < now ? joined : now;
    const given = isoDate(stamp);
    const withdrawn = rand() < 0.05 ? isoDate(addDays(stamp, 30 + Math.floor(rand() * 90))) : null;
    return {
      name: `${first} ${family}`,
      email: rand() < 0.85 ? `${`${first}.${family}`.toLowerCase().replace(/[^a-z.]/g, "")}@example.net` : null,
      phone: rand() < 0.6 ? `07700 9${String(i).padStart(5, "0")}` : null,
      perspectives,
      livedExperience: lived,
      accessNeeds: pick(demoAccessNeeds),
      paymentPreference: pick(payment),
      retentionReviewOn: isoDate(addDays(stamp, 3 * 365)),
      contactGivenOn: given,
      contactWithdrawnOn: withdrawn && withdrawn <= today ? withdrawn : null,
      equalityGivenOn: rand() < 0.6 ? given : null,
      equalityWithdrawnOn: null,
      namedGivenOn: rand() < 0.4 ? given : null,
      namedWithdrawnOn: null,
      createdAt: stamp,
      updatedAt: stamp,
    };
  });
  const personInserted = await db.insert(people).values(personRows).returning({
    id: people.id,
    perspectives: people.perspectives,
    contactWithdrawnOn: people.contactWithdrawnOn,
    equalityGivenOn: people.equalityGivenOn,
    equalityWithdrawnOn: people.equalityWithdrawnOn,
  });
  const personIds = personInserted.map((p) => ({
    id: p.id,
    voice: p.perspectives.some((x) => ["patient", "service_user", "carer"].includes(x)),
  }));

  // Involvements: who took part in what, with briefs for everyone confirmed.
  const statusFor = (item: (typeof items)[number]) =>
    item.status === "completed"
      ? pick(["took_part", "took_part", "took_part", "withdrew"] as const)
      : item.status === "planned"
        ? pick(["invited", "confirmed", "confirmed", "declined"] as const)
        : pick(["confirmed", "took_part", "invited"] as const);
  const involvementRows = plans
    .filter((plan) => plan.level !== "none")
    .flatMap((plan) => {
      const item = items.find((i) => i.id === plan.workItemId) as (typeof items)[number];
      const roles = plan.roles.length ? plan.roles : (rolesByKind[item.kind] ?? ["other"]);
      return Array.from({ length: 1 + Math.floor(rand() * 6) }, (): typeof involvements.$inferInsert => {
        const person = pick(personIds);
        const status = statusFor(item);
        const briefed = status !== "invited" && status !== "declined";
        const paid = rand() < 0.6;
        return {
          workItemId: item.id,
          personId: person.id,
          role: pick(roles),
          status,
          startDate: item.startDate,
          endDate: item.endDate,
          hours: status === "took_part" ? 1 + Math.floor(rand() * 12) : null,
          ask: briefed ? "Share your experience and comment on the draft before it is published." : "",
          expectations: briefed
            ? "A briefing call beforehand, payment within 30 days, and a note of what changed because of you."
            : "",
          support: briefed ? ["briefing", ...(rand() < 0.4 ? ["travel_booked"] : [])] : [],
          feePence: paid ? 15_000 : null,
          expensesPence: paid && rand() < 0.5 ? 2_000 + Math.floor(rand() * 60) * 100 : null,
          paymentStatus: paid ? (status === "took_part" ? pick(["paid", "due"] as const) : "not_due") : "declined",
          feedback: status === "took_part" && rand() < 0.5 ? "Felt listened to; wanted the papers earlier." : "",
          impact:
            status === "took_part" && rand() < 0.6
              ? "Changed the questions we asked and the plain-language summary."
              : "",
          createdAt: item.createdAt,
          updatedAt: item.createdAt,
        };
      });
    });
  const involvementIds = involvementRows.length
    ? await db.insert(involvements).values(involvementRows).returning({ id: involvements.id })
    : [];

  // Feedback: "you said, we did", with some actions open, some overdue, most told back.
  const said = [
    ["The papers arrived too late to read properly.", "Send papers a week ahead as standard."],
    ["The venue had no quiet room.", "Book a quiet room at every event."],
    ["I was not told what happened after the meeting.", "Send every contributor a short note of what changed."],
    ["Payment took two months.", "Pay contributors within 30 days; track it in the tracker."],
    ["The survey used jargon.", "Patient panel to review plain-language wording."],
    ["Online sessions clash with school pick-up.", "Offer evening sessions."],
  ] as const;
  const feedbackRows = Array.from({ length: 40 }, () => {
    const [summary, action] = pick(said);
    const received = addDays(from, Math.floor(rand() * 600));
    const receivedOn = isoDate(received < now ? received : now);
    const status = pick(["open", "open", "in_progress", "done", "done", "done", "wont_do"] as const);
    const due = isoDate(addDays(new Date(`${receivedOn}T00:00:00Z`), 30 + Math.floor(rand() * 90)));
    const done = status === "done" || status === "wont_do";
    const told = done && rand() < 0.8 ? isoDate(addDays(new Date(`${due}T00:00:00Z`), 7)) : null;
    return {
      personId: rand() < 0.7 ? pick(personIds).id : null,
      workItemId: rand() < 0.6 ? pick(items).id : null,
      receivedOn,
      channel: pick(["email", "phone", "meeting", "survey", "letter"] as const),
      summary,
      action,
      actionOwnerId: pick(leads).id,
      actionDueOn: due,
      actionStatus: status,
      wontDoReason: status === "wont_do" ? "Outside our control: the venue is booked by our partner." : "",
      toldBackOn: told && told <= today ? told : null,
      createdAt: new Date(`${receivedOn}T09:00:00Z`),
      updatedAt: new Date(`${receivedOn}T09:00:00Z`),
    };
  });
  await db.insert(feedback).values(feedbackRows);

  // Library enquiries over the two years, and staff training in working with patients.
  const enquiryRows = Array.from({ length: 120 }, () => {
    const received = addDays(from, Math.floor(rand() * 600));
    const receivedOn = isoDate(received < now ? received : now);
    const answered = isoDate(addDays(new Date(`${receivedOn}T00:00:00Z`), Math.floor(rand() * 10)));
    return {
      receivedOn,
      requesterType: pick([
        "patient",
        "patient",
        "carer",
        "public",
        "public",
        "professional",
        "student",
        "other",
      ] as const),
      topic: `Evidence on ${pick(demoTopics)}`,
      channel: pick(["email", "phone", "web_form", "in_person"] as const),
      answeredOn: answered <= today && rand() < 0.9 ? answered : null,
      createdAt: new Date(`${receivedOn}T10:00:00Z`),
      updatedAt: new Date(`${receivedOn}T10:00:00Z`),
    };
  });
  await db.insert(libraryEnquiries).values(enquiryRows);
  const trainingRows = userRows
    .filter(() => rand() < 0.7)
    .map((user) => {
      const completed = isoDate(addDays(from, Math.floor(rand() * 500)));
      return {
        userId: user.id,
        course: "Working with patients and the public",
        // biome-ignore lint/complexity/useMathMinMax: these are ISO date strings, not numbers.
        completedOn: completed <= today ? completed : today,
        createdAt: now,
        updatedAt: now,
      };
    });
  if (trainingRows.length) await db.insert(staffTraining).values(trainingRows);

  // Agendas, speakers, equality answers, event details and bursaries: appended with their own
  // generator, so everything above stays exactly as it was.
  await seedDemoEvents(db, {
    now,
    from,
    items,
    people: personInserted,
    involvements: involvementRows.map((row, i) => ({ ...row, id: involvementIds[i]?.id as string })),
  });
}
