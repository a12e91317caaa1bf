import { describe, expect, it } from "vitest";
import { describeError, startupFailure } from "./log";

describe("describeError", () => {
  it("keeps a database error's code, constraint and table, and nothing it quotes", () => {
    const cause = Object.assign(new Error('new row violates check constraint "people_name_check"'), {
      code: "23514",
      severity: "ERROR",
      constraint: "people_name_check",
      table: "people",
      detail: "Failing row contains (Ada Quill, ada@example.org).",
    });
    const wrapped = Object.assign(new Error("Failed query: insert into people values ($1)\nparams: Ada Quill"), {
      cause,
    });
    const fields = describeError(wrapped);
    expect(fields).toEqual({ type: "DatabaseError", code: "23514", constraint: "people_name_check", table: "people" });
    expect(JSON.stringify(fields)).not.toMatch(/Ada|insert|Failing/);
  });

  it("keeps another error's type and frames, not its message", () => {
    const fields = describeError(new TypeError('Unexpected "Ada Quill"'));
    expect(fields.type).toBe("TypeError");
    expect(JSON.stringify(fields)).not.toContain("Ada Quill");
    expect((fields.frames as string[])[0]).toMatch(/^at /);
  });

  it("does not take Node's own error codes for the database's", () => {
    const fields = describeError(Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    expect(fields.type).toBe("Error");
  });
});

describe("startupFailure", () => {
  it("names a database error by its code and constraint, never the query or its parameters", () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "users_email_unique"'), {
      code: "23505",
      severity: "ERROR",
      constraint: "users_email_unique",
      table: "users",
      detail: "Key (email)=(lead@example.org) already exists.",
    });
    const wrapped = Object.assign(
      new Error(
        "Failed query: insert into users (email, password_hash) values ($1, $2)\nparams: lead@example.org,scrypt$16384$8$1$c2FsdA$aGFzaA",
      ),
      { cause },
    );
    const message = startupFailure(wrapped);
    expect(message).toBe("database error 23505 (table users, constraint users_email_unique)");
    expect(message).not.toMatch(/scrypt|lead@|insert/);
  });

  it("says plainly what else went wrong", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    expect(startupFailure(refused)).toBe("connect ECONNREFUSED 127.0.0.1:5432");
  });
});
