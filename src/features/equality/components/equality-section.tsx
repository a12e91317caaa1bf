import { formatDate } from "../../../lib/format";
import { type Actor, canReadEquality, canRecordEquality } from "../../../shared/permissions";
import type { Consent } from "../../../shared/schemas/people";
import { EqualityAnswersForm } from "./equality-answers-form";

type Props = {
  personId: string;
  /** The person's equality-monitoring consent, as on their record. */
  consent: Consent;
  user: Actor;
  /** Reload the person (their consent was withdrawn elsewhere). */
  onConsentGone: () => void;
};

const hasActiveConsent = (consent: Consent) => Boolean(consent?.givenOn) && !consent?.withdrawnOn;

/**
 * Equality monitoring on a person's page. Answers can be recorded only with consent;
 * one person's answers are shown to admin only, and only on request.
 */
export function EqualitySection({ personId, consent, user, onConsentGone }: Props) {
  const active = hasActiveConsent(consent);
  return (
    <section className="work-item-form" aria-labelledby="equality-monitoring-title">
      <h2 id="equality-monitoring-title">Equality monitoring</h2>
      {!active ? (
        <p>No consent to equality monitoring, so no answers can be recorded.</p>
      ) : (
        <>
          <p>Consent to equality monitoring given on {formatDate(consent?.givenOn)}.</p>
          {canRecordEquality(user) ? (
            <EqualityAnswersForm
              key={personId}
              personId={personId}
              canRead={canReadEquality(user)}
              onConsentGone={onConsentGone}
            />
          ) : (
            <p>Answers are shown only to the data steward.</p>
          )}
        </>
      )}
    </section>
  );
}
