/**
 * Logging: one JSON object per line, with ids, routes and codes, never values (no bodies, query
 * values, SQL or its parameters, error messages that may quote input). pino in the Node server.
 */
export type LogFields = Record<string, string | number | boolean | null | undefined | object>;
export type Logger = {
  info: (fields: LogFields, message: string) => void;
  error: (fields: LogFields, message: string) => void;
};

/** Tests and the browser demo: no request lines; errors to the console (a test fails on them). */
export const consoleLogger: Logger = {
  info: () => {},
  error: (fields, message) => console.error(message, JSON.stringify(fields)),
};

type DatabaseCause = { code?: unknown; constraint?: unknown; table?: unknown };

/** PostgreSQL's own error (node-postgres or PGlite), wherever drizzle wrapped it. */
function databaseCause(error: unknown): DatabaseCause | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const candidate = current as DatabaseCause & { cause?: unknown; severity?: unknown };
    // A SQLSTATE and a severity: PostgreSQL's (Node's own codes, such as EPIPE, have no severity).
    if (typeof candidate.code === "string" && /^[0-9A-Z]{5}$/.test(candidate.code) && candidate.severity !== undefined)
      return candidate;
    current = candidate.cause;
  }
  return undefined;
}

/**
 * An error as it may be logged. A database error: its SQLSTATE code, constraint and table only
 * (its message and detail quote the values). Any other: its type and where it was thrown, without
 * the message, which may quote what was sent.
 */
export function describeError(error: unknown): LogFields {
  const database = databaseCause(error);
  if (database)
    return {
      type: "DatabaseError",
      code: database.code as string,
      ...(typeof database.constraint === "string" ? { constraint: database.constraint } : {}),
      ...(typeof database.table === "string" ? { table: database.table } : {}),
    };
  if (!(error instanceof Error)) return { type: typeof error };
  const frames = (error.stack ?? "")
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 8)
    .map((line) => line.trim());
  return { type: error.name, frames };
}

/**
 * A start-up failure as it may be printed for the operator. A database error says its SQLSTATE,
 * constraint and table (as describeError) with PostgreSQL's own sentence, never the failed query
 * or its parameters (a seed's would be password hashes); anything else (a refused connection, a
 * busy port) says its message.
 */
export function startupFailure(error: unknown): string {
  const database = databaseCause(error);
  if (database) {
    const { code, constraint, table } = database;
    const where = [
      typeof table === "string" ? `table ${table}` : "",
      typeof constraint === "string" ? `constraint ${constraint}` : "",
    ]
      .filter(Boolean)
      .join(", ");
    return `database error ${code as string}${where ? ` (${where})` : ""}`;
  }
  return error instanceof Error ? error.message : String(error);
}
