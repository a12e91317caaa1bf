import { formatDate } from "../../../lib/format";
import { type Person, perspectiveLabels } from "../../../shared/schemas/people";
import { formatDay } from "../dates";

/**
 * What is left of an erased person, read-only: that they were erased and when, and what still
 * counts (their perspectives and when they last took part). Nothing can be changed.
 */
export function ErasedPersonSummary({ person }: { person: Person & { erasedAt: string } }) {
  return (
    <>
      <p className="notice" role="note">
        This person was erased on {formatDay(person.erasedAt)}. Their name, contact details, consents and other personal
        details were removed; what they took part in stays on record without their identity. The record cannot be
        changed.
      </p>
      <dl className="summary-list">
        <dt>Erased on</dt>
        <dd>{formatDay(person.erasedAt)}</dd>
        <dt>Perspectives</dt>
        <dd>{person.perspectives.map((p) => perspectiveLabels[p]).join(", ") || "—"}</dd>
        <dt>Last involvement</dt>
        <dd>{person.lastInvolvementOn ? formatDate(person.lastInvolvementOn) : "Never"}</dd>
      </dl>
    </>
  );
}
