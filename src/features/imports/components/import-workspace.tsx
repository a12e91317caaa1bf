import { useEffect, useId, useRef, useState } from "react";
import { FormAlert } from "../../../components/ui/form-alert";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard";
import { isProblem } from "../../../lib/api-client";
import { type ImportCommitted, type ImportMapping, maxImportBytes } from "../../../shared/schemas/imports";
import { type Upload, useCommitImport, usePreviewImport } from "../api/imports";
import { type UploadErrors, uploadErrors } from "../upload-errors";
import { type Choice, ImportForm } from "./import-form";
import { ImportHistory } from "./import-history";
import { CommitImport, MappingTable, PreviewCounts, PreviewErrors, PreviewRows, type Shown } from "./import-preview";

/** The mapping in effect, as the selects hold it: column header → field name ("" = leave out). */
const mappingOf = (shown: Shown) =>
  Object.fromEntries(shown.preview.columns.map(({ column, field }) => [column, field ?? ""]));

/**
 * The import, step by step: choose a file and preview it, adjust the mapping and preview again,
 * then import the new rows; past imports below, each undoable while nothing has changed it.
 */
export function ImportWorkspace() {
  const id = useId();
  const [choice, setChoice] = useState<Choice>({ kind: "", file: null, sheet: "" });
  const [errors, setErrors] = useState<UploadErrors>({});
  const [shown, setShown] = useState<Shown | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [mappingErrors, setMappingErrors] = useState<Pick<UploadErrors, "mapping" | "columns" | "form">>({});
  const [done, setDone] = useState<ImportCommitted | null>(null);
  const [commitError, setCommitError] = useState<string | null>(null);
  const preview = usePreviewImport();
  const commit = useCommitImport();
  const previewHeading = useRef<HTMLHeadingElement>(null);

  // A new preview is announced by moving to it: the page below the form has changed.
  const shownId = shown?.id;
  useEffect(() => {
    if (shownId) previewHeading.current?.focus();
  }, [shownId]);

  const run = async (upload: Upload) => {
    const created = await preview.mutateAsync(upload);
    const next: Shown = {
      id: created.id,
      kind: upload.kind,
      file: upload.file,
      sheet: upload.sheet ?? "",
      preview: created.preview,
    };
    setShown(next);
    setMapping(mappingOf(next));
    setDone(null);
    setCommitError(null);
  };

  /** A preview not yet committed is set aside when another replaces it. */
  const supersedes = shown && !done ? shown.id : undefined;

  const onUpload = async () => {
    const { kind, file, sheet } = choice;
    const missing: UploadErrors = {};
    if (!kind) missing.kind = "Choose what you are importing";
    if (!file) missing.file = "Choose a spreadsheet file to import";
    else if (file.size > maxImportBytes)
      missing.file = `The file is too large: the most one import takes is 20 MB. Split it into smaller files.`;
    setErrors(missing);
    if (!kind || !file || missing.file) return;
    try {
      await run({ kind, file, sheet: sheet.trim() || undefined, supersedes });
      setMappingErrors({});
    } catch (problem) {
      // The person's choices stay in the form; the refusal is said where it belongs.
      // Columns that do not fit (no mapping was sent yet) are the file's problem.
      const { columns, mapping: _none, ...rest } = uploadErrors(problem);
      const file = rest.file ?? columns;
      setErrors(file ? { ...rest, file } : rest);
    }
  };

  const onRemap = async () => {
    if (!shown) return;
    const chosen: ImportMapping = Object.fromEntries(
      Object.entries(mapping).map(([column, field]) => [column, field === "" ? null : field]),
    );
    setMappingErrors({});
    try {
      await run({
        kind: shown.kind,
        file: shown.file,
        sheet: shown.sheet || undefined,
        mapping: chosen,
        supersedes,
      });
    } catch (problem) {
      const sorted = uploadErrors(problem);
      setMappingErrors({
        mapping: sorted.mapping,
        columns: sorted.columns ?? sorted.file ?? sorted.sheet ?? sorted.kind,
        form: sorted.form,
      });
    }
  };

  const onCommit = async () => {
    if (!shown) return;
    setCommitError(null);
    try {
      setDone(await commit.mutateAsync(shown.id));
    } catch (problem) {
      setCommitError(
        isProblem(problem, 409)
          ? `Nothing was imported. ${problem.detail}`
          : isProblem(problem)
            ? problem.detail
            : "Could not import. Nothing was written: please try again.",
      );
    }
  };

  return (
    <>
      <UnsavedChangesGuard shouldBlock={() => Boolean(shown && !done)} />
      <FormAlert message={errors.form} />
      <ImportForm
        choice={choice}
        errors={errors}
        busy={preview.isPending}
        onChange={(changes) => setChoice((current) => ({ ...current, ...changes }))}
        onSubmit={() => void onUpload()}
      />
      {shown ? (
        <section className="plan-section" aria-labelledby={`${id}-preview`}>
          <h2 id={`${id}-preview`} ref={previewHeading} tabIndex={-1} className="import-title">
            Preview: {shown.file.name}
          </h2>
          <p>Nothing has been written yet. Check the rows, fix the mapping if a column is wrong, then import.</p>
          <PreviewCounts shown={shown} />
          <CommitImport
            shown={shown}
            busy={commit.isPending}
            done={done}
            error={commitError}
            onCommit={() => void onCommit()}
          />
          <FormAlert message={mappingErrors.form} />
          {done ? null : (
            <MappingTable
              shown={shown}
              mapping={mapping}
              errors={mappingErrors.mapping}
              problem={mappingErrors.columns}
              busy={preview.isPending}
              onChange={(column, field) => setMapping((current) => ({ ...current, [column]: field }))}
              onSubmit={() => void onRemap()}
            />
          )}
          <PreviewErrors shown={shown} />
          <h3>Rows</h3>
          <PreviewRows shown={shown} />
        </section>
      ) : null}
      <section className="plan-section" aria-labelledby={`${id}-history`}>
        <h2 id={`${id}-history`}>Past imports</h2>
        <ImportHistory />
      </section>
    </>
  );
}
