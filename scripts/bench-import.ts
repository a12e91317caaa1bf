/**
 * The import bench (issue 17): 50,000 rows of planned work as CSV, previewed and then committed
 * through the real API in process, on a database seeded with the bench data. Figures, not a test:
 * targets are a preview under 20 s and a commit under 60 s on PGlite.
 *
 *   npm run bench -- --import-only      # only this, on PGlite (and PostgreSQL when reachable)
 */
import type { Db } from "../src/db/database";
import { createApp } from "../src/server/app";
import { benchEmail, benchPassword, benchPasswords, benchUsers } from "./bench-data";

export const importRows = 50_000;

export type ImportFigures = { bytes: number; previewMs: number; commitMs: number; undoMs: number; created: number };

const kinds = ["conference", "event", "research", "publication", "blog", "programme", "digital", "other"];
const statuses = ["Planned", "In progress", "Completed", "Cancelled"];

/** The file a team might keep: labels and UK dates, leads by email, teams by name. */
export function plannedWorkCsv(rows = importRows): string {
  const lines = ["Title,Kind,Team,Lead,Start date,End date,Status,Summary"];
  for (let i = 1; i <= rows; i++) {
    const day = 1 + (i % 28);
    const month = 1 + (i % 12);
    const lead = benchEmail(4 + (i % (benchUsers - 3)));
    lines.push(
      [
        `Imported plan ${i}`,
        kinds[i % kinds.length],
        `Bench team ${1 + (i % 6)}`,
        lead,
        `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/2027`,
        `2027-${String(month).padStart(2, "0")}-28`,
        statuses[i % statuses.length],
        `"Imported summary ${i}, from the team's spreadsheet"`,
      ].join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}

/** Preview, commit and undo of the 50,000 rows, as the admin bench account (bench3). */
export async function runImportBench(db: Db): Promise<ImportFigures> {
  const app = createApp({ db, passwords: benchPasswords });
  const login = await app.request("/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: benchEmail(3), password: benchPassword }),
  });
  if (login.status !== 200) throw new Error(`bench sign-in failed: ${login.status}`);
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const text = plannedWorkCsv();
  const form = new FormData();
  form.set("kind", "work-items");
  form.set("file", new File([text], "planned-work.csv", { type: "text/csv" }));

  let started = performance.now();
  const previewed = await app.request("/api/imports", { method: "POST", body: form, headers: { cookie } });
  const previewMs = performance.now() - started;
  const body = (await previewed.json()) as { id: string; preview: { new: number; invalid: number } };
  if (previewed.status !== 201 || body.preview.new !== importRows)
    throw new Error(`import preview: ${previewed.status} ${JSON.stringify(body).slice(0, 500)}`);

  started = performance.now();
  const committed = await app.request(`/api/imports/${body.id}/commit`, { method: "POST", headers: { cookie } });
  const commitMs = performance.now() - started;
  const result = (await committed.json()) as { created: number };
  if (committed.status !== 200) throw new Error(`import commit: ${committed.status} ${JSON.stringify(result)}`);

  started = performance.now();
  const undone = await app.request(`/api/imports/${body.id}`, { method: "DELETE", headers: { cookie } });
  const undoMs = performance.now() - started;
  if (undone.status !== 204) throw new Error(`import undo: ${undone.status} ${await undone.text()}`);
  return { bytes: new TextEncoder().encode(text).byteLength, previewMs, commitMs, undoMs, created: result.created };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The bench report's lines for the import figures of each engine. */
export function importSection(results: { engine: string; figures: ImportFigures }[]): string[] {
  const first = results[0]?.figures;
  if (!first) return [];
  return [
    "## Import (50,000 rows of planned work)",
    "",
    `A CSV of ${importRows.toLocaleString("en-GB")} work items (${(first.bytes / 1024 / 1024).toFixed(1)} MB: labels, UK dates, teams by name, leads by email) posted to /api/imports as admin, on the seeded bench data; then committed, then undone. Targets: preview < 20 s, commit < 60 s on PGlite.`,
    "",
    "| engine | preview | commit | undo | created |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...results.map(
      ({ engine, figures }) =>
        `| ${engine} | ${seconds(figures.previewMs)} | ${seconds(figures.commitMs)} | ${seconds(figures.undoMs)} | ${figures.created.toLocaleString("en-GB")} |`,
    ),
    "",
  ];
}
