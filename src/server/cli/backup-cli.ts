import { closeSync, openSync, renameSync, rmSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { parseArgs } from "node:util";
import { BackupError } from "../../db/backup-common";
import { maskUrl } from "../../db/backup-postgres";
import { DataDirLockedError } from "../../db/lock";
import { startupFailure } from "../log";

/** What npm run backup and npm run restore share: arguments, naming the database, ending. */

export function readArgs(argv: string[], usage: string): { file: string; force: boolean } {
  let parsed: { values: { force?: boolean; help?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: argv,
      options: { force: { type: "boolean" }, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new BackupError(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
  }
  if (parsed.values.help) {
    console.log(usage);
    process.exit(0);
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) throw new BackupError(usage);
  return { file, force: parsed.values.force === true };
}

/**
 * A path as the person typed it: npm runs scripts in the project folder, and says in
 * INIT_CWD where the command was typed.
 */
export const fromUserFolder = (file: string) =>
  isAbsolute(file) ? file : resolve(process.env.INIT_CWD ?? process.cwd(), file);

export const describeDatabase = (config: { dataDir: string; databaseUrl?: string }) =>
  config.databaseUrl ? `PostgreSQL at ${maskUrl(config.databaseUrl)}` : `the embedded database in ${config.dataDir}`;

/** Expected failures end with their message alone and exit 1; anything else also says what failed. */
export function runCli(failure: string, main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof BackupError || error instanceof DataDirLockedError) console.error(error.message);
      // A database error by its code and table only: its query and parameters would quote the data.
      else console.error(`${failure}: ${startupFailure(error)}`);
      process.exit(1);
    },
  );
}

/**
 * Writes a backup file whole or not at all: into a file beside `target` made first with mode 0600
 * (a backup holds everyone's personal data; the writers keep the mode), renamed to `target` once
 * `write` has finished, removed if it fails.
 */
export async function writeWhole<T>(target: string, write: (partial: string) => Promise<T>): Promise<T> {
  const partial = `${target}.partial-${process.pid}`;
  closeSync(openSync(partial, "wx", 0o600));
  try {
    const result = await write(partial);
    renameSync(partial, target);
    return result;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
