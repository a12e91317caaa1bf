import { useId, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { DeleteConfirmation, useConfirmedDelete } from "../../../components/ui/confirm-delete";
import { useFlash } from "../../../components/ui/flash";
import { FormAlert } from "../../../components/ui/form-alert";
import { FormField } from "../../../components/ui/form-field";
import { Options } from "../../../components/ui/options";
import { SaveActions } from "../../../components/ui/submit-button";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard";
import { useFocusFirstError } from "../../../components/ui/use-focus-first-error";
import { isProblem } from "../../../lib/api-client";
import { showProblemOnForm } from "../../../lib/form-errors";
import { checkOnSubmit, formResolver } from "../../../lib/form-resolver";
import {
  answerLabel,
  type EqualityAnswers,
  type EqualityQuestion,
  equalityAnswers,
  equalityQuestionKeys,
  equalityQuestions,
  preferNotToSay,
} from "../../../shared/schemas/equality";
import { readEqualityAnswers, useDeleteEqualityAnswers, useSaveEqualityAnswers } from "../api/equality";

/** One select per question; "" is "Not answered" and is left out of what is sent. */
type Values = Record<EqualityQuestion, string>;

const formSchema = z
  .object(
    Object.fromEntries(equalityQuestionKeys.map((key) => [key, z.string()])) as Record<EqualityQuestion, z.ZodString>,
  )
  .transform((values) => Object.fromEntries(Object.entries(values).filter(([, answer]) => answer !== "")))
  .pipe(equalityAnswers);

const empty = (): Values => Object.fromEntries(equalityQuestionKeys.map((key) => [key, ""])) as Values;
const toValues = (answers: EqualityAnswers): Values =>
  Object.fromEntries(equalityQuestionKeys.map((key) => [key, answers[key] ?? ""])) as Values;
const isQuestion = (path: string): path is EqualityQuestion => (equalityQuestionKeys as string[]).includes(path);

type Props = {
  personId: string;
  /** Admin: may see the answers on record (each look is audited) and gets them back on save. */
  canRead: boolean;
  /** The API says there is no consent (withdrawn elsewhere): the page should reload the person. */
  onConsentGone: () => void;
};

/**
 * Records a person's equality-monitoring answers. The form starts empty: answers on record
 * reach the page only when admin presses "Show answers", and live only in the form's state.
 */
export function EqualityAnswersForm({ personId, canRead, onConsentGone }: Props) {
  const save = useSaveEqualityAnswers(personId);
  const remove = useDeleteEqualityAnswers(personId);
  const flash = useFlash();
  const hintId = useId();
  const [reading, setReading] = useState(false);
  const [readResult, setReadResult] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof formSchema>>({
    resolver: formResolver(formSchema),
    defaultValues: empty(),
    ...checkOnSubmit,
  });
  const { errors, isDirty, isSubmitting } = form.formState;
  const dirty = useRef(isDirty);
  dirty.current = isDirty;

  const formRef = useFocusFirstError(form.formState);
  const submit = form.handleSubmit(async (answers) => {
    setReadResult(null);
    try {
      const saved = await save.mutateAsync(answers);
      // Admin sees what is now on record; other roles never see answers once saved.
      form.reset(canRead && saved ? toValues(saved) : empty());
      save.reset();
      flash.show("Saved the equality-monitoring answers.");
    } catch (error) {
      save.reset();
      if (isProblem(error, 409)) {
        form.setError("root", { type: "server", message: error.detail });
        onConsentGone();
        return;
      }
      showProblemOnForm(form, error, (path) => (isQuestion(path) ? path : undefined));
    }
  });

  const showAnswers = async () => {
    setReading(true);
    setReadResult(null);
    form.clearErrors();
    try {
      form.reset(toValues(await readEqualityAnswers(personId)));
      setReadResult("Showing the answers on record.");
    } catch (error) {
      if (isProblem(error, 404)) {
        form.reset(empty());
        setReadResult("No answers recorded yet.");
      } else {
        form.setError("root", {
          type: "server",
          message: isProblem(error) ? error.detail : "Could not load the answers. Please try again.",
        });
      }
    } finally {
      setReading(false);
    }
  };

  const deletion = useConfirmedDelete(async () => {
    await remove.mutateAsync();
    form.reset(empty());
    setReadResult(null);
    flash.show("Deleted the equality-monitoring answers.");
  });

  return (
    <>
      <form
        ref={formRef}
        onSubmit={submit}
        noValidate
        aria-label="Equality-monitoring answers"
        aria-describedby={hintId}
      >
        <UnsavedChangesGuard shouldBlock={() => dirty.current} />
        <p className="field__hint" id={hintId}>
          Record only what the person chose to tell us about themselves. These answers are special-category data: one
          person’s answers are shown only to the data steward (admin), and they are reported only in aggregate.
        </p>
        {canRead ? (
          <>
            <p className="notice">
              Answers on record appear only when you press “Show answers”, and each look is written to the audit log.
              Saving replaces them.
            </p>
            <p>
              <button type="button" className="button button--secondary" onClick={showAnswers} disabled={reading}>
                {reading ? "Loading answers…" : "Show answers"}
              </button>
            </p>
            <p role="status">{readResult}</p>
          </>
        ) : (
          <p className="notice">Answers already on record are not shown to your role; saving replaces them.</p>
        )}
        <FormAlert message={errors.root?.message} />
        <div className="form-row">
          {equalityQuestionKeys.map((key) => (
            <FormField key={key} label={equalityQuestions[key].label} error={errors[key]?.message}>
              <select {...form.register(key)}>
                <option value="">Not answered</option>
                <Options
                  values={Object.keys(equalityQuestions[key].answers)}
                  labels={(answer) => answerLabel(key, answer)}
                />
                <option value={preferNotToSay}>{answerLabel(key, preferNotToSay)}</option>
              </select>
            </FormField>
          ))}
        </div>
        <SaveActions busy={isSubmitting} label="Save answers">
          <button type="button" className="button button--secondary" onClick={() => deletion.ask(personId)}>
            Delete answers
          </button>
        </SaveActions>
      </form>
      <DeleteConfirmation
        deletion={deletion}
        title="Delete these answers?"
        confirmLabel="Delete answers"
        cancelLabel="Keep them"
      >
        <p>
          The equality-monitoring answers on record for this person will be deleted. This cannot be undone. Their
          consent stays as it is.
        </p>
      </DeleteConfirmation>
    </>
  );
}
