import { useRef, useState } from "react";
import { ConfirmDialog } from "../../../components/ui/dialog";
import { FormAlert } from "../../../components/ui/form-alert";
import { FormField } from "../../../components/ui/form-field";
import { ApiProblem, isProblem } from "../../../lib/api-client";
import type { Person } from "../../../shared/schemas/people";
import { erasureInput } from "../../../shared/schemas/privacy";
import { useErasePerson } from "../api/privacy";

/** What the page says once a person is erased: never their name, which is gone. */
export const erasedMessage = "Erased. Their identity is gone; what they took part in stays on record, counted.";

/** Who is to be erased: enough to name them. */
export type ErasureTarget = Pick<Person, "id" | "name">;

type Props = {
  /** Whom the open confirmation is about; nothing is shown while this is null. */
  person: ErasureTarget | null;
  onCancel: () => void;
  /** After the erasure: the record as it now stands ("Erased person"). */
  onErased: (erased: Person, was: ErasureTarget) => void;
};

/**
 * The confirmation before an erasure, asking why (the reason goes in the audit). Erasing
 * cannot be undone, so it is a danger-toned dialog whose safe choice, "Keep it", has the focus.
 */
export function EraseConfirmation({ person, ...handlers }: Props) {
  if (!person) return null;
  return <EraseDialog key={person.id} person={person} {...handlers} />;
}

function EraseDialog({ person, onCancel, onErased }: Props & { person: ErasureTarget }) {
  const erase = useErasePerson();
  const [reason, setReason] = useState("");
  const [fieldError, setFieldError] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  const showFieldError = (message: string) => {
    setFieldError(message);
    reasonRef.current?.focus();
  };

  const confirm = async () => {
    setFailure(undefined);
    // The API's own rule, checked here first; the API's answer at `reason` lands on the same field.
    const parsed = erasureInput.safeParse({ reason });
    if (!parsed.success) return showFieldError(parsed.error.issues[0]?.message ?? "Say why");
    setFieldError(undefined);
    try {
      const erased = await erase.mutateAsync({ id: person.id, reason: parsed.data.reason });
      onErased(erased, person);
    } catch (error) {
      const atReason = isProblem(error) ? error.errors.find((e) => e.path === "reason") : undefined;
      if (atReason) return showFieldError(atReason.message);
      setFailure(error instanceof ApiProblem ? error.detail : "Could not erase. Please try again.");
    }
  };

  return (
    <ConfirmDialog
      title={`Erase ${person.name}?`}
      confirmLabel="Erase this person"
      cancelLabel="Keep it"
      tone="danger"
      busy={erase.isPending}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      <p>
        Their name, contact details, lived experience, access needs, payment preference, consents, consent history and
        equality answers will be removed. What they took part in stays on record, counted, as “Erased person”. This
        cannot be undone.
      </p>
      <FormAlert message={failure} />
      <FormField label="Reason" required error={fieldError} hint="Recorded in the audit log with the erasure.">
        <textarea
          ref={reasonRef}
          rows={3}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          required
        />
      </FormField>
    </ConfirmDialog>
  );
}
