import { type FormEvent, useId, useState } from "react";
import { FormField } from "../../../components/ui/form-field";
import { SubmitButton } from "../../../components/ui/submit-button";
import { useFocusFirstError } from "../../../components/ui/use-focus-first-error";
import { type ImportKind, importKindLabels, importKinds, maxImportRows } from "../../../shared/schemas/imports";
import type { UploadErrors } from "../upload-errors";

export type Choice = { kind: ImportKind | ""; file: File | null; sheet: string };

type Props = {
  choice: Choice;
  errors: UploadErrors;
  busy: boolean;
  onChange: (changes: Partial<Choice>) => void;
  onSubmit: () => void;
};

const accept = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** What to import and the file: the first step. Nothing is written until the preview is committed. */
export function ImportForm({ choice, errors, busy, onChange, onSubmit }: Props) {
  const id = useId();
  const [submits, setSubmits] = useState(0);
  const formRef = useFocusFirstError({ submitCount: submits, isSubmitting: busy });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmits((n) => n + 1);
    onSubmit();
  };
  return (
    <form
      ref={formRef}
      className="work-item-form import-form"
      aria-labelledby={`${id}-title`}
      onSubmit={submit}
      noValidate
    >
      <h2 id={`${id}-title`}>Choose a file</h2>
      <fieldset
        className={errors.kind ? "checkbox-group field--error" : "checkbox-group"}
        aria-describedby={errors.kind ? `${id}-kind-error` : undefined}
      >
        <legend>What are you importing?</legend>
        {errors.kind ? (
          <p className="field__error" id={`${id}-kind-error`}>
            <span className="visually-hidden">Error: </span>
            {errors.kind}
          </p>
        ) : null}
        <div className="radio-row">
          {importKinds.map((kind) => (
            <label key={kind}>
              <input
                type="radio"
                name={`${id}-kind`}
                value={kind}
                checked={choice.kind === kind}
                aria-invalid={errors.kind ? true : undefined}
                onChange={() => onChange({ kind })}
              />{" "}
              {importKindLabels[kind]}
            </label>
          ))}
        </div>
      </fieldset>
      <FormField
        label="Spreadsheet file"
        hint={`CSV or Excel (.xlsx), up to ${maxImportRows.toLocaleString("en-GB")} rows and 20 MB. The first row names the columns.`}
        error={errors.file}
        required
      >
        <input type="file" accept={accept} onChange={(event) => onChange({ file: event.target.files?.[0] ?? null })} />
      </FormField>
      <FormField
        label="Sheet name"
        hint="For an Excel workbook: the first sheet is read unless you name another."
        error={errors.sheet}
      >
        <input
          type="text"
          autoComplete="off"
          value={choice.sheet}
          onChange={(event) => onChange({ sheet: event.target.value })}
        />
      </FormField>
      <SubmitButton disabled={busy}>{busy ? "Reading the file…" : "Preview import"}</SubmitButton>
    </form>
  );
}
