import type { Migration } from "./migrate";

const files = import.meta.glob<string>("./migrations/*.sql", { query: "?raw", import: "default", eager: true });

/** The committed migrations, bundled by Vite (browser demo): the same files as on disk. */
export function loadMigrations(): Migration[] {
  return Object.entries(files)
    .map(([path, text]) => ({ name: path.replace(/^.*\/|\.sql$/g, ""), sql: text }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
