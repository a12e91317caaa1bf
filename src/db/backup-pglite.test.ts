import { PGlite } from "@electric-sql/pglite";
import { expect, it } from "vitest";
import { loadTemplate } from "../../tests/setup/template";
import { dumpConsistent } from "./backup-pglite";

it("a backup taken while a save is half-way holds all of that save once restored", async () => {
  const client = await PGlite.create({ loadDataDir: await loadTemplate() });
  try {
    let finishSave = () => {};
    const rest = new Promise<void>((resolve) => {
      finishSave = resolve;
    });
    let started = () => {};
    const begun = new Promise<void>((resolve) => {
      started = resolve;
    });
    const save = client.transaction(async (tx) => {
      await tx.exec("create table saved (step int); insert into saved values (1)");
      started();
      await rest; // the backup is asked for here, in the middle of the transaction
      await tx.exec("insert into saved values (2)");
    });
    await begun;
    const backup = dumpConsistent(client);
    await new Promise((resolve) => setTimeout(resolve, 50));
    finishSave();
    await save;

    const copy = await PGlite.create({ loadDataDir: await backup });
    try {
      expect((await copy.query("select count(*)::int as steps from saved")).rows).toEqual([{ steps: 2 }]);
    } finally {
      await copy.close();
    }
  } finally {
    await client.close();
  }
}, 30_000);
