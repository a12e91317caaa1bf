import type { Db } from "../database";
import { libraryEnquiries, staffTraining, type users } from "../schema";
import { demoTopics } from "./demo-data";
import { addDays, day, isoDate, type Seeding } from "./demo-util";

const requesterTypes = ["patient", "patient", "carer", "public", "public", "professional", "student", "other"] as const;

/** Library enquiries over the two years, most from patients and the public, nearly all answered. */
export async function seedLibraryEnquiries(db: Db, s: Seeding): Promise<void> {
  const { rand, pick, today } = s;
  const enquiryRows = Array.from({ length: 120 }, () => {
    const receivedOn = isoDate(s.upTo(addDays(s.from, Math.floor(rand() * 600))));
    const answered = isoDate(addDays(day(receivedOn), Math.floor(rand() * 10)));
    return {
      receivedOn,
      requesterType: pick(requesterTypes),
      topic: `Evidence on ${pick(demoTopics)}`,
      channel: pick(["email", "phone", "web_form", "in_person"] as const),
      answeredOn: answered <= today && rand() < 0.9 ? answered : null,
      createdAt: new Date(`${receivedOn}T10:00:00Z`),
      updatedAt: new Date(`${receivedOn}T10:00:00Z`),
    };
  });
  await db.insert(libraryEnquiries).values(enquiryRows);
}

/** Staff training in working with patients and the public: about seven in ten accounts have done it. */
export async function seedStaffTraining(db: Db, s: Seeding, accounts: (typeof users.$inferSelect)[]): Promise<void> {
  const { rand, now, today } = s;
  const trainingRows = accounts
    .filter(() => rand() < 0.7)
    .map((user) => {
      const completed = isoDate(addDays(s.from, Math.floor(rand() * 500)));
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
}
