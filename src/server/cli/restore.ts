/**
 * Puts a backup made by `npm run backup` back:
 *
 *   npm run restore -- FILE [--force]
 *
 * Refuses a database that holds data (any users, people or work items) unless --force.
 * The embedded database: only while no server runs on DATA_DIR; with --force the current
 * folder is moved aside to DATA_DIR.before-restore-<time>, never deleted. PostgreSQL:
 * pg_restore, all or nothing in one transaction; --force keeps a pg_dump of what is there beside the
 * backup file, then drops and remakes the tables.
 */
import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { BackupError, describeCounts, fileKind, fileStamp, isEmpty, wrongKind } from "../../db/backup-common";
import { pgliteTar, type RestoreResult, restoreFolder } from "../../db/backup-pglite";
import { countPgRows, pgDump, pgRestore } from "../../db/backup-postgres";
import { DataDirLockedError, lockHolder } from "../../db/lock";
import { readDatabaseConfig } from "../config";
import { describeDatabase, fromUserFolder, readArgs, runCli, writeWhole } from "./backup-cli";

const usage = `Usage: npm run restore -- FILE [--force]

Restores a backup made by npm run backup into the database the server uses: PostgreSQL
when DATABASE_URL is set, else the embedded database in DATA_DIR (default ./data; stop the
server first). A database that already holds data is left alone unless --force: then the
embedded database's folder is moved aside (DATA_DIR.before-restore-<time>), and
PostgreSQL's tables are dropped and made again from the backup, after a pg_dump of them is
kept beside the backup file (before-restore-<time>.dump).`;

const stopServerFirst = (dataDir: string, pid: number) =>
  new BackupError(
    `A server (pid ${pid}) is running on ${dataDir}: stop the server first, then restore. Nothing was changed.`,
  );

async function restorePostgres(url: string, source: string, force: boolean, where: string): Promise<void> {
  const before = await countPgRows(url);
  if (!isEmpty(before) && !force)
    throw new BackupError(
      `${where} already holds data (${describeCounts(before)}): nothing was changed. To replace it, run again with --force (its tables are then dropped and made again from the backup, after a copy of them is kept beside the backup file).`,
    );
  // Replacing data never loses it: a copy first, beside the backup being restored (as the embedded
  // database's folder is moved aside, not deleted). If the copy fails, nothing is restored.
  let kept: string | undefined;
  if (!isEmpty(before)) {
    const copy = join(dirname(source), `before-restore-${fileStamp()}.dump`);
    // Whole or not at all, readable by its owner only, as a backup is.
    await writeWhole(copy, (partial) => pgDump(url, partial));
    kept = copy;
  }
  await pgRestore(url, source);
  console.log(`Restored ${source} into ${where} (${describeCounts(await countPgRows(url))}).`);
  if (kept) console.log(`The database as it was is kept in ${kept}: delete it when you no longer need it.`);
}

async function restoreEmbedded(dataDir: string, source: string, force: boolean): Promise<void> {
  const holder = lockHolder(dataDir);
  if (holder) throw stopServerFirst(dataDir, holder.pid);
  const tar = pgliteTar(source);
  if (!tar) throw new BackupError(wrongKind(source, "unknown", "pglite"));
  let result: RestoreResult;
  try {
    result = await restoreFolder(dataDir, tar, force);
  } catch (error) {
    // A server started after the check above.
    const now = lockHolder(dataDir);
    if (error instanceof DataDirLockedError && now) throw stopServerFirst(dataDir, now.pid);
    throw error;
  }
  console.log(`Restored ${source} into the embedded database in ${dataDir} (${describeCounts(result.counts)}).`);
  if (result.movedTo)
    console.log(`The previous data folder is kept at ${result.movedTo}: delete it when you no longer need it.`);
}

async function main(): Promise<void> {
  const { file, force } = readArgs(process.argv.slice(2), usage);
  const config = readDatabaseConfig();
  const source = fromUserFolder(file);
  if (!existsSync(source)) throw new BackupError(`${source} does not exist: nothing was changed.`);
  if (statSync(source).isDirectory()) throw new BackupError(`${source} is a folder, not a backup file.`);
  const kind = fileKind(source);
  if (config.databaseUrl) {
    if (kind !== "pg_dump") throw new BackupError(wrongKind(source, kind, "postgres"));
    await restorePostgres(config.databaseUrl, source, force, describeDatabase(config));
  } else {
    if (kind !== "gzip" && kind !== "tar") throw new BackupError(wrongKind(source, kind, "pglite"));
    await restoreEmbedded(config.dataDir, source, force);
  }
}

runCli("Could not restore", main);
