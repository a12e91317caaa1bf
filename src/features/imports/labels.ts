import type { ImportKind, ImportRowOutcome, ImportStatus } from "../../shared/schemas/imports";

export const outcomeLabels: Record<ImportRowOutcome, string> = {
  new: "New",
  matched: "Matched",
  invalid: "Invalid",
};

export const statusLabels: Record<ImportStatus, string> = {
  previewed: "Previewed, not imported",
  committed: "Imported",
  undone: "Undone",
};

const recordNouns: Record<ImportKind, [one: string, many: string]> = {
  people: ["person", "people"],
  "work-items": ["planned work item", "planned work items"],
  involvements: ["involvement", "involvements"],
};

/** "1 person", "997 people". */
export const countOf = (kind: ImportKind, count: number) =>
  `${count.toLocaleString("en-GB")} ${recordNouns[kind][count === 1 ? 0 : 1]}`;

/** "1 row", "12 rows" (any noun with a plain plural). */
export const plural = (count: number, noun: string) =>
  `${count.toLocaleString("en-GB")} ${noun}${count === 1 ? "" : "s"}`;
