/**
 * Adds an account from the command line:
 *
 *   npm run user:add -- --email ana@example.org --name "Ana Diaz" --role lead
 *
 * The password comes from USER_PASSWORD, else a hidden prompt on the terminal.
 * Opens the database the environment points at (DATABASE_URL, else DATA_DIR), so the
 * embedded database's lock applies: it refuses while the server runs on that folder.
 * It never seeds demo data.
 */
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { openDatabase } from "../../db/client";
import type { OpenDatabase } from "../../db/database";
import { DataDirLockedError } from "../../db/lock";
import { users } from "../../db/schema";
import { newUserInput, roles } from "../../shared/schemas/users";
import { type Who, writeAudit } from "../audit";
import { readConfig } from "../config";
import { passwordProblem } from "../password-policy";
import { scryptHasher } from "../passwords-scrypt";
import { sqlState } from "../raw-sql";

/** Who the audit says made an account here: no signed-in user, and no network address. */
const commandLine: Who = { actorId: null, actorName: "Command line (npm run user:add)", address: "command line" };

const usage = `Usage: npm run user:add -- --email <address> --name "<full name>" --role <${roles.join("|")}>

The password is read from the USER_PASSWORD environment variable, or else asked for
on the terminal (hidden). The database is the one the server would use: DATABASE_URL,
else the embedded database in DATA_DIR (default ./data).`;

/** A failure with a message for the person at the terminal: no stack trace. */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

function fieldErrors(error: z.ZodError, given: Record<string, unknown> = {}): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.join(".") || "input";
      const missing = field in given && given[field] === undefined;
      return `  --${field}: ${missing ? "missing" : issue.message}`;
    })
    .join("\n");
}

function readArgs(argv: string[]) {
  let parsed: { values: { email?: string; name?: string; role?: string; help?: boolean } };
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        email: { type: "string" },
        name: { type: "string" },
        role: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
  }
  if (parsed.values.help) {
    console.log(usage);
    process.exit(0);
  }
  const input = {
    email: parsed.values.email?.trim(),
    name: parsed.values.name,
    role: parsed.values.role?.trim().toLowerCase(),
  };
  const result = newUserInput.omit({ password: true }).safeParse(input);
  if (!result.success)
    throw new CliError(`The account details are not valid:\n${fieldErrors(result.error, input)}\n\n${usage}`);
  return { ...result.data, email: result.data.email.toLowerCase() };
}

/** Reads one line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    let value = "";
    const finish = (error?: Error) => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write("\n");
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString("utf8")) {
        if (char === "\r" || char === "\n") return finish();
        if (char === "\u0003") return finish(new CliError("Cancelled.", 130)); // Ctrl-C
        if (char === "\u0004") {
          // Ctrl-D
          if (value === "") return finish(new CliError("Cancelled.", 130));
          return finish();
        }
        if (char === "\u007f" || char === "\b") value = [...value].slice(0, -1).join("");
        else if (char >= " ") value += char;
      }
    };
    process.stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on("data", onData);
  });
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.USER_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== "") return fromEnv;
  const password = await promptHidden("Password (at least 12 characters): ");
  const check = newUserInput.shape.password.safeParse(password);
  if (!check.success) throw new CliError(`The password is not valid:\n  password: ${check.error.issues[0]?.message}`);
  const confirm = await promptHidden("Password again: ");
  if (confirm !== password) throw new CliError("The two passwords differ: nothing was changed.");
  return password;
}

async function main(): Promise<void> {
  const details = readArgs(process.argv.slice(2));
  const hasEnvPassword = Boolean(process.env.USER_PASSWORD);
  if (!hasEnvPassword && !process.stdin.isTTY) {
    throw new CliError(
      "No password: set USER_PASSWORD in the environment, or run this command in a terminal to be asked for one.",
    );
  }
  if (hasEnvPassword) {
    const check = newUserInput.shape.password.safeParse(process.env.USER_PASSWORD);
    if (!check.success) throw new CliError(`USER_PASSWORD is not valid: ${check.error.issues[0]?.message}`);
  }

  let config: ReturnType<typeof readConfig>;
  try {
    config = readConfig();
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  const where = config.databaseUrl ? "PostgreSQL (DATABASE_URL)" : `the embedded database in ${config.dataDir}`;

  let database: OpenDatabase;
  try {
    database = await openDatabase(config);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      throw new CliError(
        `Cannot add the user: ${error.message}\nIf that is the server: stop it, add the user, then start it again.`,
      );
    }
    throw new CliError(`Cannot open ${where}: ${error instanceof Error ? error.message : String(error)}`);
  }

  // Close the database (and release its lock) however the command ends.
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= database.close();
    return closing;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`\n${signal} received: nothing was changed.`);
    close().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  try {
    const duplicate = () =>
      new CliError(`A user with the email ${details.email} already exists in ${where}: nothing was changed.`);
    const [existing] = await database.db.select({ id: users.id }).from(users).where(eq(users.email, details.email));
    if (existing) throw duplicate();

    const password = await readPassword();
    const valid = newUserInput.safeParse({ ...details, password });
    if (!valid.success) throw new CliError(`The account details are not valid:\n${fieldErrors(valid.error)}`);
    const problem = passwordProblem(valid.data.password, details.email);
    if (problem) throw new CliError(`The password is not valid: ${problem}`);

    const passwordHash = await scryptHasher().hash(valid.data.password);
    let created: { id: string; email: string; name: string; role: string; createdAt: Date } | undefined;
    try {
      created = await database.db.transaction(async (tx) => {
        const [row] = await tx
          .insert(users)
          .values({ email: details.email, name: valid.data.name, role: valid.data.role, passwordHash })
          .returning({
            id: users.id,
            email: users.email,
            name: users.name,
            role: users.role,
            createdAt: users.createdAt,
          });
        if (!row) throw new Error("the database returned no row");
        // Every change is attributable: an account made at the terminal, as one made on the Users page is.
        await writeAudit(tx, row.createdAt, commandLine, { action: "create", resource: "users", recordId: row.id });
        return row;
      });
    } catch (error) {
      if (sqlState(error) === "23505") throw duplicate();
      throw error;
    }
    if (!created) throw new Error("the database returned no row");
    console.log(`Created user in ${where}:`);
    console.log(`  id:    ${created.id}`);
    console.log(`  email: ${created.email}`);
    console.log(`  name:  ${created.name}`);
    console.log(`  role:  ${created.role}`);
  } finally {
    await close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof CliError) {
      console.error(error.message);
      process.exit(error.exitCode);
    }
    console.error("Could not add the user:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
