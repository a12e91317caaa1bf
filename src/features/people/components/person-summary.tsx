import { dateText, labelled, SummaryItem, SummarySection } from "../../../components/ui/summary-list";
import {
  type Consent,
  consentKinds,
  consentLabels,
  type Person,
  paymentPreferenceLabels,
  perspectiveLabels,
} from "../../../shared/schemas/people";

type Props = {
  person: Person;
  /** Whether this role sees contact details, lived experience and access needs (managers do not). */
  withPersonal: boolean;
};

/** "Given on 1 Jan 2026", and when it was withdrawn, if it was. */
function ConsentText({ consent }: { consent: NonNullable<Consent> }) {
  return (
    <>
      Given on {dateText(consent.givenOn)}
      {consent.withdrawnOn ? <>, withdrawn on {dateText(consent.withdrawnOn)}</> : null}
    </>
  );
}

/**
 * A person as read by a role that may not change them: only the fields the role may see
 * (`withPersonal` decides, as in the form), their consents with dates, and no form fields.
 */
export function PersonSummary({ person, withPersonal }: Props) {
  return (
    <SummarySection title="Details of the person">
      <SummaryItem term="Name">{person.name}</SummaryItem>
      {withPersonal ? (
        <>
          <SummaryItem term="Email">
            {person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : null}
          </SummaryItem>
          <SummaryItem term="Phone">{person.phone}</SummaryItem>
        </>
      ) : null}
      <SummaryItem term="Perspectives">{labelled(person.perspectives, perspectiveLabels)}</SummaryItem>
      {withPersonal ? (
        <>
          <SummaryItem term="Lived experience" empty="None recorded">
            {person.livedExperience?.join(", ")}
          </SummaryItem>
          <SummaryItem term="Access needs" empty="None recorded" text>
            {person.accessNeeds}
          </SummaryItem>
        </>
      ) : null}
      <SummaryItem term="Payment preference">
        {person.paymentPreference ? paymentPreferenceLabels[person.paymentPreference] : null}
      </SummaryItem>
      <SummaryItem term="Retention review date" empty="Not set">
        {dateText(person.retentionReviewOn)}
      </SummaryItem>
      {consentKinds.map((kind) => {
        const consent = person.consents[kind];
        return (
          <SummaryItem key={kind} term={`Consent: ${consentLabels[kind].toLowerCase()}`} empty="Not given">
            {consent ? <ConsentText consent={consent} /> : null}
          </SummaryItem>
        );
      })}
    </SummarySection>
  );
}
