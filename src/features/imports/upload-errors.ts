import { isProblem } from "../../lib/api-client";

/** Where an upload's refusal is shown: on the field it is about, or above the form. */
export type UploadErrors = {
  kind?: string;
  file?: string;
  sheet?: string;
  /** By column header: a mapping entry the API refused. */
  mapping?: Record<string, string>;
  /** The columns do not fit the kind as a whole (a required field has no column). */
  columns?: string;
  form?: string;
};

/**
 * Sorts the API's 422 onto the fields: a file it cannot read (no field errors) on the file field,
 * a missing sheet on the sheet field, mapping entries on their columns, missing columns as a whole.
 */
export function uploadErrors(problem: unknown): UploadErrors {
  if (!isProblem(problem)) return { form: "Could not preview the file. Please try again." };
  if (problem.status !== 422) return { form: problem.detail };
  if (problem.code === "no_such_sheet") return { sheet: problem.detail };
  if (problem.code === "columns") {
    const mapping: Record<string, string> = {};
    for (const e of problem.errors) if (e.path.startsWith("mapping.")) mapping[e.path.slice(8)] = e.message;
    return Object.keys(mapping).length ? { mapping, columns: problem.detail } : { columns: problem.detail };
  }
  if (problem.errors.length === 0) return { file: problem.detail };
  const errors: UploadErrors = {};
  const mapping: Record<string, string> = {};
  for (const e of problem.errors) {
    if (e.path === "kind") errors.kind = e.message;
    else if (e.path === "file") errors.file = e.message;
    else if (e.path === "sheet") errors.sheet = e.message;
    else if (e.path.startsWith("mapping.")) mapping[e.path.slice(8)] = e.message;
    else if (e.path === "mapping") errors.columns = e.message;
    else errors.form = problem.detail;
  }
  if (Object.keys(mapping).length) errors.mapping = mapping;
  return errors;
}
