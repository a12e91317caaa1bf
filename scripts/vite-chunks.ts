import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

/**
 * How the SPA is cut into files (issue 15). Left to itself the bundler makes a file of every
 * set of modules that the same pages share: a page then fetched 15–30 files of a few hundred
 * bytes each, and over HTTP/1.1 (six connections) each six cost a round trip more. Instead:
 * - app: the first load, entry and sign-in page, in one file;
 * - kit: what the read-only pages share (the list kit, formatting, the API's queries), with no zod;
 * - forms: zod, react-hook-form, the schemas and the form components, for the pages that edit;
 * - each page's own code, and recharts, as the bundler cuts them.
 */
const schemas = /[\\/]src[\\/]shared[\\/]schemas[\\/]/;
const formLibraries = /node_modules[\\/](zod|react-hook-form|@hookform)[\\/]/;
const kitCandidate =
  /[\\/]src[\\/](components[\\/]ui|lib|shared|features[\\/][^\\/]+[\\/]api)[\\/]|node_modules[\\/]@tanstack[\\/](react-query|query-core)[\\/]/;

/** Runtime imports of a source file ("import type" left out; an inline `type` import still loads the module). */
function importsOf(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const found = source.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm);
  return [...found].map((match) => match[1] ?? "");
}

function resolveSource(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = resolve(dirname(from), specifier);
  return ["", ".ts", ".tsx"].map((ext) => base + ext).find((path) => existsSync(path));
}

const formModules = new Map<string, boolean>();

/**
 * A module is for forms if it loads zod, react-hook-form, a schema or another such module:
 * decided from the source, so a new form helper never drags zod into the read-only pages.
 */
export function isFormModule(id: string): boolean {
  if (formLibraries.test(id) || schemas.test(id)) return true;
  if (!/[\\/]src[\\/].*\.tsx?$/.test(id) || !existsSync(id)) return false;
  const known = formModules.get(id);
  if (known !== undefined) return known;
  formModules.set(id, false); // an import cycle ends here
  const result = importsOf(id).some((specifier) => {
    if (formLibraries.test(`node_modules/${specifier}/`)) return true;
    const target = resolveSource(id, specifier);
    return target !== undefined && isFormModule(target);
  });
  formModules.set(id, result);
  return result;
}

/** rolldown's `output.codeSplitting` for the SPA build. */
export const chunkGroups = {
  groups: [
    { name: "app", tags: ["$initial" as const], priority: 3 },
    {
      name: "kit",
      test: (id: string) => kitCandidate.test(id) && !isFormModule(id),
      minShareCount: 2,
      priority: 2,
    },
    { name: "forms", test: (id: string) => isFormModule(id), minShareCount: 2, priority: 1 },
  ],
};
