import { count, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { libraryEnquiries } from "../../db/schema";
import type { requesterTypes } from "../../shared/schemas/library-enquiries";

/** Enquiries that came from patients, carers and the public. */
const publicRequesters: (typeof requesterTypes)[number][] = ["patient", "carer", "public"];

/** Enquiries per month, oldest first, and how many came from the public: counted in the database. */
export async function enquiriesByMonthIn(db: Db) {
  const month = sql<string>`to_char(${libraryEnquiries.receivedOn}, 'YYYY-MM')`;
  const fromPublic = sql<number>`count(*) filter (where ${inArray(libraryEnquiries.requesterType, publicRequesters)})`;
  return db
    .select({ month, total: count(), fromPublic: fromPublic.mapWith(Number) })
    .from(libraryEnquiries)
    .groupBy(month)
    .orderBy(month);
}
