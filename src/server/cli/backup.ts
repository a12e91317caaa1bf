/**
 * Writes a backup of the database the server uses:
 *
 *   npm run backup -- FILE [--force]
 *
 * PostgreSQL (DATABASE_URL): pg_dump in its custom format. The embedded database (DATA_DIR):
 * PGlite's dump of the data folder, gzip'd; while the server runs, the server makes it (only
 * the process holding the folder's lock may open it) and sends it over its local socket.
 */
import { existsSync, statSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, relative, sep } from "node:path";
import { BackupError, formatSize } from "../../db/backup-common";
import { dumpFolder } from "../../db/backup-pglite";
import { pgDump } from "../../db/backup-postgres";
import { DataDirLockedError, lockHolder } from "../../db/lock";
import { backupSocketPath, fetchBackup, socketPathProblem } from "../backup-socket";
import { readDatabaseConfig } from "../config";
import { describeDatabase, fromUserFolder, readArgs, runCli, writeWhole } from "./backup-cli";

const usage = `Usage: npm run backup -- FILE [--force]

Backs up the database the server uses to FILE: PostgreSQL when DATABASE_URL is set
(pg_dump, custom format), else the embedded database in DATA_DIR (default ./data),
also while the server runs. --force replaces FILE if it exists.
Restore with: npm run restore -- FILE`;

/** The embedded database: from the running server if one holds the folder, else opened here. */
async function dumpEmbedded(dataDir: string, toFile: string): Promise<"server" | "folder"> {
  const holder = lockHolder(dataDir);
  if (holder) {
    const socket = backupSocketPath(dataDir);
    const problem = socketPathProblem(socket) ?? (existsSync(socket) ? null : `${socket} does not exist`);
    if (problem)
      throw new BackupError(
        `The server (pid ${holder.pid}) is running on ${dataDir} but cannot be asked for a backup: ${problem}. Stop the server and back up again.`,
      );
    await fetchBackup(socket, toFile);
    return "server";
  }
  let dump: Blob;
  try {
    dump = await dumpFolder(dataDir);
  } catch (error) {
    // A server started between the two checks: it has the folder now.
    if (error instanceof DataDirLockedError) throw new BackupError(`${error.message} Run the backup again.`);
    throw error;
  }
  writeFileSync(toFile, Buffer.from(await dump.arrayBuffer()));
  return "folder";
}

async function main(): Promise<void> {
  const { file, force } = readArgs(process.argv.slice(2), usage);
  const config = readDatabaseConfig();
  const target = fromUserFolder(file);
  if (existsSync(target) && statSync(target).isDirectory())
    throw new BackupError(`${target} is a folder: give the name of the backup file to write.`);
  if (existsSync(target) && !force)
    throw new BackupError(
      `${target} already exists: nothing was written. Choose another name, or add --force to replace it.`,
    );
  if (!existsSync(dirname(target))) throw new BackupError(`The folder ${dirname(target)} does not exist.`);
  const inData = relative(config.dataDir, target);
  if (!config.databaseUrl && !inData.startsWith(`..${sep}`) && !isAbsolute(inData))
    throw new BackupError(`Write the backup outside the data folder ${config.dataDir}.`);

  // A failed backup never leaves a file that looks whole, and no one else may read it.
  const databaseUrl = config.databaseUrl;
  const source = await writeWhole(target, async (partial): Promise<"server" | "folder" | "postgres"> => {
    if (databaseUrl) {
      await pgDump(databaseUrl, partial);
      return "postgres";
    }
    return dumpEmbedded(config.dataDir, partial);
  });
  const what =
    source === "server" ? `the running server's embedded database in ${config.dataDir}` : describeDatabase(config);
  console.log(`Backed up ${what} to ${target} (${formatSize(statSync(target).size)}).`);
}

runCli("Could not back up", main);
