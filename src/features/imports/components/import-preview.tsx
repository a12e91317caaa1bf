import { Link } from "@tanstack/react-router";
import { type FormEvent, type MouseEvent, useId } from "react";
import { ScrollRegion } from "../../../components/ui/scroll-region";
import { saveFile } from "../../../lib/save-file";
import { type ImportField, importFields } from "../../../shared/import-fields";
import type { ImportCommitted, ImportKind, ImportPreview as Preview } from "../../../shared/schemas/imports";
import { invalidRowsHref } from "../api/imports";
import { countOf, outcomeLabels, plural } from "../labels";

export type Shown = { id: string; kind: ImportKind; file: File; sheet: string; preview: Preview };

/** The most problems listed above the table; the rest are in the invalid rows' file. */
const errorsListed = 50;

/** A column header as shown: an unnamed column by its place. */
const headerText = (column: string, index: number) => column || `Column ${index + 1}`;

/** The file's columns in order, each with its place (headers may repeat, or be blank). */
const placed = (columns: Preview["columns"]) =>
  columns.map(({ column }, index) => ({ column, index, key: `${index}:${column}`, label: headerText(column, index) }));

type MappingProps = {
  shown: Shown;
  mapping: Record<string, string>;
  errors: Record<string, string> | undefined;
  /** The columns as a whole do not fit (a required field has no column). */
  problem: string | undefined;
  busy: boolean;
  onChange: (column: string, field: string) => void;
  onSubmit: () => void;
};

/** Each column of the file and the field it fills; changed and previewed again. */
export function MappingTable({ shown, mapping, errors, problem, busy, onChange, onSubmit }: MappingProps) {
  const id = useId();
  const fields = importFields[shown.kind];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form aria-labelledby={`${id}-title`} onSubmit={submit} noValidate className="import-mapping">
      <h3 id={`${id}-title`}>Mapping</h3>
      <p>Which field each column of the file fills. Change any that are wrong, then preview again.</p>
      {problem ? (
        <div className="form-alert" role="alert">
          {problem}
        </div>
      ) : null}
      <ScrollRegion label="Mapping of columns to fields">
        <table className="data-table">
          <caption className="visually-hidden">Mapping of columns to fields</caption>
          <thead>
            <tr>
              <th scope="col">Column in the file</th>
              <th scope="col">Field</th>
            </tr>
          </thead>
          <tbody>
            {placed(shown.preview.columns).map(({ column, index, key, label }) => {
              const selectId = `${id}-column-${index}`;
              const error = errors?.[column];
              return (
                <tr key={key}>
                  <th scope="row">{label}</th>
                  <td>
                    <div className={error ? "field field--error" : "field"}>
                      <label htmlFor={selectId} className="visually-hidden">
                        Field for the column {label}
                      </label>
                      {error ? (
                        <p className="field__error" id={`${selectId}-error`}>
                          <span className="visually-hidden">Error: </span>
                          {error}
                        </p>
                      ) : null}
                      <select
                        id={selectId}
                        value={mapping[column] ?? ""}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `${selectId}-error` : undefined}
                        onChange={(event) => onChange(column, event.target.value)}
                      >
                        <option value="">Leave out</option>
                        {fields.map((field) => (
                          <option key={field.name} value={field.name}>
                            {fieldLabel(field)}
                          </option>
                        ))}
                      </select>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <div className="form-actions">
        <button type="submit" className="button button--secondary" disabled={busy}>
          {busy ? "Reading the file…" : "Preview again"}
        </button>
      </div>
    </form>
  );
}

const fieldLabel = (field: ImportField) => (field.required ? `${field.label} (required)` : field.label);

/** What the preview found, in words. */
export function PreviewCounts({ shown }: { shown: Shown }) {
  const { rows, matched, invalid } = shown.preview;
  return (
    <ul className="import-counts" aria-label="What the preview found">
      <li>
        <strong>{plural(rows, "row")}</strong> read from {shown.file.name}
      </li>
      <li>
        <strong>{shown.preview.new.toLocaleString("en-GB")} new</strong>: will be created when you import
      </li>
      <li>
        <strong>{matched.toLocaleString("en-GB")} matched</strong>: already on record, not created again
      </li>
      <li>
        <strong>{invalid.toLocaleString("en-GB")} invalid</strong>: left out until they are fixed
      </li>
    </ul>
  );
}

/** The problems, row by row ("Row 14, Email: …"), the first few listed. */
export function PreviewErrors({ shown }: { shown: Shown }) {
  const id = useId();
  const { errors, invalid } = shown.preview;
  if (errors.length === 0) return null;
  const listed = errors.slice(0, errorsListed);
  return (
    <section aria-labelledby={`${id}-title`} className="import-errors">
      <h3 id={`${id}-title`}>Problems to fix</h3>
      <ul>
        {listed.map((e) => (
          <li key={`${e.row}-${e.column}-${e.message}`}>
            Row {e.row}
            {e.column ? `, ${e.column}` : ""}: {e.message}
          </li>
        ))}
      </ul>
      {errors.length > listed.length || invalid > 0 ? (
        <p>
          {errors.length > listed.length
            ? `Showing the first ${listed.length} of ${errors.length.toLocaleString("en-GB")} problems. `
            : ""}
          {invalid > 0 ? (
            <>
              <DownloadInvalidRows id={shown.id} /> to fix them and import that file again.
            </>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}

/** The no-server demo answers the API inside the page: there the file is fetched and saved from it. */
const inPageApi = import.meta.env.VITE_DEMO === "true";

function DownloadInvalidRows({ id }: { id: string }) {
  const href = invalidRowsHref(id);
  const onClick = inPageApi
    ? async (event: MouseEvent<HTMLAnchorElement>) => {
        event.preventDefault();
        const response = await fetch(new URL(href, window.location.href), { credentials: "same-origin" });
        if (response.ok) saveFile(await response.blob(), "invalid-rows.csv");
      }
    : undefined;
  return (
    <a href={href} download onClick={onClick}>
      Download invalid rows (CSV)
    </a>
  );
}

/** The rows as read: each problem on its cell, in words. */
export function PreviewRows({ shown }: { shown: Shown }) {
  const { columns, sample, errors, rows } = shown.preview;
  const problems = new Map<string, string[]>();
  for (const e of errors) {
    const key = `${e.row}\u0000${e.column}`;
    problems.set(key, [...(problems.get(key) ?? []), e.message]);
  }
  const heads = placed(columns);
  const caption =
    sample.length < rows
      ? `Rows in the file: ${sample.length} of ${rows.toLocaleString("en-GB")} shown, those with problems first`
      : "Rows in the file";
  return (
    <ScrollRegion label={caption}>
      <table className="data-table import-rows">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Outcome</th>
            {heads.map(({ key, label }) => (
              <th scope="col" key={key}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sample.map((row) => (
            <tr key={row.row}>
              <th scope="row">{row.row}</th>
              <td>{outcomeLabels[row.outcome]}</td>
              {heads.map(({ column, index, key, label }) => {
                const messages = problems.get(`${row.row}\u0000${column}`);
                const value = row.cells[index] ?? "";
                if (!messages) return <td key={key}>{value}</td>;
                return (
                  <td key={key} className="import-cell--error">
                    {value ? <span className="import-cell__value">{value}</span> : null}
                    {messages.map((message) => (
                      <span className="import-cell__error" key={message}>
                        <span className="visually-hidden">Error: </span>
                        {label}: {message}
                      </span>
                    ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

const listOf: Partial<Record<ImportKind, { to: "/people" | "/work-items"; label: string }>> = {
  people: { to: "/people", label: "Go to People" },
  "work-items": { to: "/work-items", label: "Go to Planned work" },
};

type CommitProps = {
  shown: Shown;
  busy: boolean;
  done: ImportCommitted | null;
  error: string | null;
  onCommit: () => void;
};

/** The import itself: one request, all or nothing; then what it made, and where to find it. */
export function CommitImport({ shown, busy, done, error, onCommit }: CommitProps) {
  const count = shown.preview.new;
  const list = listOf[shown.kind];
  return (
    <div className="import-commit">
      {error ? (
        <div className="form-alert" role="alert">
          {error}
        </div>
      ) : null}
      <div role="status">
        {done ? (
          <p className="import-done">
            Imported {countOf(shown.kind, done.created)}; {done.matched.toLocaleString("en-GB")} matched existing
            records.{" "}
            {list ? (
              <Link to={list.to} search={{}}>
                {list.label}
              </Link>
            ) : null}
          </p>
        ) : null}
      </div>
      {done ? null : count > 0 ? (
        <div className="form-actions">
          <button type="button" className="button" disabled={busy} onClick={onCommit}>
            Import {plural(count, "new row")}
          </button>
          {busy ? (
            <span className="import-progress">
              <progress aria-label="Importing…" /> Importing…
            </span>
          ) : null}
        </div>
      ) : (
        <p>Nothing new to import: every row is on record already or needs fixing.</p>
      )}
    </div>
  );
}
