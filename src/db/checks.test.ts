import { readFileSync } from "node:fs";
import { is } from "drizzle-orm";
import { getTableConfig, PgDialect, PgTable, pgTable, text } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { oneOf } from "./checks";
import * as schema from "./schema";

const dialect = new PgDialect();
const migrations = new URL("./migrations/", import.meta.url);

describe("oneOf", () => {
  it("inlines the values as quoted literals, with no bound parameters", () => {
    const t = pgTable("t", { c: text("c") });
    const query = dialect.sqlToQuery(oneOf(t.c, ["a", "it's"]));
    expect(query).toEqual({ sql: `"t"."c" in ('a','it''s')`, params: [], typings: undefined });
  });
});

describe("CHECK constraints", () => {
  it("render exactly as in the latest migration snapshot (no migration is pending)", () => {
    const journal = JSON.parse(readFileSync(new URL("meta/_journal.json", migrations), "utf8"));
    const last = String(journal.entries.at(-1).idx).padStart(4, "0");
    const snapshot = JSON.parse(readFileSync(new URL(`meta/${last}_snapshot.json`, migrations), "utf8"));
    const checks = Object.values(schema)
      .filter((table) => is(table, PgTable))
      .flatMap((table) => {
        const { name, checks } = getTableConfig(table);
        return checks.map((check) => ({ table: name, name: check.name, ...dialect.sqlToQuery(check.value) }));
      });
    expect(checks.length).toBeGreaterThan(0);
    for (const check of checks) {
      expect(check.params, check.name).toEqual([]);
      expect(check.sql, check.name).toBe(snapshot.tables[`public.${check.table}`].checkConstraints[check.name]?.value);
    }
  });
});
