import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Migration } from "./migrate";

/** The committed migrations, read from disk (Node server, CLI and tests). */
export function loadMigrations(): Migration[] {
  const folder = fileURLToPath(new URL("./migrations/", import.meta.url));
  return readdirSync(folder)
    .filter((file) => file.endsWith(".sql"))
    .sort()
    .map((file) => ({ name: file.replace(/\.sql$/, ""), sql: readFileSync(folder + file, "utf8") }));
}
