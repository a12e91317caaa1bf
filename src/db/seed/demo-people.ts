import type { Perspective } from "../../shared/schemas/people";
import type { Db } from "../database";
import { feedback, involvements, people, type users } from "../schema";
import { demoAccessNeeds, demoFamilyNames, demoFirstNames, demoLivedExperience } from "./demo-data";
import { addDays, day, isoDate, type Seeding } from "./demo-util";
import { type Decision, type Item, leadsAmong, rolesByKind } from "./demo-work";

/** What the later parts need of someone in the directory. */
export type DirectoryPerson = {
  id: string;
  perspectives: Perspective[];
  contactWithdrawnOn: string | null;
  equalityGivenOn: string | null;
  equalityWithdrawnOn: string | null;
};
type SeededInvolvement = typeof involvements.$inferInsert & { id: string };

/** People: mostly patients, service users and carers; some professionals who speak. */
const perspectiveMix: Perspective[][] = [
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

/**
 * The directory: 240 people who joined over the two years, with their consents to contact,
 * equality monitoring and being named; a few have since withdrawn consent to contact.
 */
export async function seedPeople(db: Db, s: Seeding): Promise<DirectoryPerson[]> {
  const { rand, pick, today } = s;
  const personRows = Array.from({ length: 240 }, (_, i) => {
    const first = demoFirstNames[i % demoFirstNames.length] as string;
    const family = pick(demoFamilyNames);
    const perspectives = pick(perspectiveMix);
    const lived = perspectives.some((p) => p === "patient" || p === "service_user" || p === "carer")
      ? [...new Set([pick(demoLivedExperience), ...(rand() < 0.3 ? [pick(demoLivedExperience)] : [])])]
      : [];
    const stamp = s.upTo(addDays(s.from, Math.floor(rand() * 600)));
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
  return db.insert(people).values(personRows).returning({
    id: people.id,
    perspectives: people.perspectives,
    contactWithdrawnOn: people.contactWithdrawnOn,
    equalityGivenOn: people.equalityGivenOn,
    equalityWithdrawnOn: people.equalityWithdrawnOn,
  });
}

/**
 * Involvements: who took part in what, one to six people for every item with a decision other
 * than "none", with briefs for everyone confirmed. Returned with their ids, for the events part.
 */
export async function seedInvolvements(
  db: Db,
  s: Seeding,
  items: Item[],
  plans: Decision[],
  directory: DirectoryPerson[],
): Promise<SeededInvolvement[]> {
  const { rand, pick } = s;
  const statusFor = (item: Item) =>
    item.status === "completed"
      ? pick(["took_part", "took_part", "took_part", "withdrew"] as const)
      : item.status === "planned"
        ? pick(["invited", "confirmed", "confirmed", "declined"] as const)
        : pick(["confirmed", "took_part", "invited"] as const);
  const involvementRows = plans
    .filter((plan) => plan.level !== "none")
    .flatMap((plan) => {
      const item = items.find((i) => i.id === plan.workItemId) as Item;
      const roles = plan.roles.length ? plan.roles : (rolesByKind[item.kind] ?? ["other"]);
      return Array.from({ length: 1 + Math.floor(rand() * 6) }, (): typeof involvements.$inferInsert => {
        const person = pick(directory);
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
          support: briefed ? ["briefing", ...(rand() < 0.4 ? (["travel_booked"] as const) : [])] : [],
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
  const ids = involvementRows.length
    ? await db.insert(involvements).values(involvementRows).returning({ id: involvements.id })
    : [];
  return involvementRows.map((row, i) => ({ ...row, id: ids[i]?.id as string }));
}

/** What people said, and what we did about it. */
const said = [
  ["The papers arrived too late to read properly.", "Send papers a week ahead as standard."],
  ["The venue had no quiet room.", "Book a quiet room at every event."],
  ["I was not told what happened after the meeting.", "Send every contributor a short note of what changed."],
  ["Payment took two months.", "Pay contributors within 30 days; track it in the tracker."],
  ["The survey used jargon.", "Patient panel to review plain-language wording."],
  ["Online sessions clash with school pick-up.", "Offer evening sessions."],
] as const;

/** Feedback: "you said, we did", with some actions open, some overdue, most told back. */
export async function seedFeedback(
  db: Db,
  s: Seeding,
  items: Item[],
  directory: DirectoryPerson[],
  accounts: (typeof users.$inferSelect)[],
): Promise<void> {
  const { rand, pick, today } = s;
  const leads = leadsAmong(accounts);
  const feedbackRows = Array.from({ length: 40 }, () => {
    const [summary, action] = pick(said);
    const receivedOn = isoDate(s.upTo(addDays(s.from, Math.floor(rand() * 600))));
    const status = pick(["open", "open", "in_progress", "done", "done", "done", "wont_do"] as const);
    const due = isoDate(addDays(day(receivedOn), 30 + Math.floor(rand() * 90)));
    const done = status === "done" || status === "wont_do";
    const told = done && rand() < 0.8 ? isoDate(addDays(day(due), 7)) : null;
    return {
      personId: rand() < 0.7 ? pick(directory).id : null,
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
}
