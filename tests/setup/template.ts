import { readFile } from "node:fs/promises";
import { inject } from "vitest";

/** The seeded template built by global-template.ts, as a Blob for PGlite's loadDataDir. */
export async function loadTemplate(): Promise<Blob> {
  return new Blob([await readFile(inject("templatePath"))]);
}
