import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildTemplate } from "./test-db";

declare module "vitest" {
  export interface ProvidedContext {
    templatePath: string;
  }
}

/** Runs once per test run: one initdb + migrate + seed, shared by every test file. */
export default async function setup(project: TestProject) {
  const folder = mkdtempSync(join(tmpdir(), "tracker-template-"));
  const path = join(folder, "template.tar");
  writeFileSync(path, Buffer.from(await (await buildTemplate()).arrayBuffer()));
  project.provide("templatePath", path);
  return () => rmSync(folder, { recursive: true, force: true });
}
