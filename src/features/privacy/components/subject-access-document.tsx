import { Fragment } from "react";
import { formatDate, formatDateTime } from "../../../lib/format";
import { saveFile } from "../../../lib/save-file";
import {
  type Consent,
  consentKinds,
  consentLabels,
  paymentPreferenceLabels,
  perspectiveLabels,
} from "../../../shared/schemas/people";
import type { SubjectAccess } from "../api/privacy";
import { formatDay } from "../dates";
import { ConsentHistoryTable } from "./consent-history-section";
import {
  AuditEntries,
  Bursaries,
  EqualityAnswers,
  Feedback,
  ImportRows,
  Involvements,
  Payments,
  ReportSection,
  SessionsSpokenAt,
} from "./subject-access-sections";

/** The document as the API gave it, saved as a JSON file: made in the page, never put in a URL or in storage. */
function downloadJson(document: SubjectAccess) {
  const blob = new Blob([`${JSON.stringify(document, null, 2)}\n`], { type: "application/json" });
  saveFile(blob, `subject-access-${document.person.id}.json`);
}

/**
 * Everything held about one person (a subject access request), readable on screen and on
 * paper, with the same document as a JSON file to hand over.
 */
export function SubjectAccessDocument({ document }: { document: SubjectAccess }) {
  return (
    <>
      <header className="report-header">
        <div className="page-header">
          <h1>Subject access: {document.person.name}</h1>
          <div className="form-actions no-print">
            <button type="button" className="button button--secondary" onClick={() => downloadJson(document)}>
              Download JSON
            </button>
            <button type="button" className="button" onClick={() => window.print()}>
              Print
            </button>
          </div>
        </div>
        <p className="meta report-date">
          Generated on {formatDateTime(document.generatedAt)} from the Involvement Tracker. It holds everything recorded
          about this person.
        </p>
      </header>
      <PersonalDetails person={document.person} />
      <Consents person={document.person} history={document.consentHistory} />
      <Involvements involvements={document.involvements} />
      <Payments payments={document.payments} />
      <Feedback feedback={document.feedback} />
      <Bursaries bursaries={document.bursaries} />
      <SessionsSpokenAt sessions={document.sessionsSpokenAt} />
      <EqualityAnswers answers={document.equalityAnswers} />
      <ImportRows rows={document.importRows} />
      <AuditEntries entries={document.audit} />
    </>
  );
}

const orNone = (text: string | null | undefined) => (text?.trim() ? text : "—");

function PersonalDetails({ person }: { person: SubjectAccess["person"] }) {
  return (
    <ReportSection id="sar-personal" title="Personal details">
      <dl className="summary-list">
        <dt>Name</dt>
        <dd>{person.name}</dd>
        <dt>Email</dt>
        <dd>{orNone(person.email)}</dd>
        <dt>Phone</dt>
        <dd>{orNone(person.phone)}</dd>
        <dt>Perspectives</dt>
        <dd>{person.perspectives.map((p) => perspectiveLabels[p]).join(", ") || "—"}</dd>
        <dt>Lived experience</dt>
        <dd>{person.livedExperience?.join(", ") || "—"}</dd>
        <dt>Access needs</dt>
        <dd className="report-text">{orNone(person.accessNeeds)}</dd>
        <dt>Payment preference</dt>
        <dd>{person.paymentPreference ? paymentPreferenceLabels[person.paymentPreference] : "—"}</dd>
        <dt>Retention review due</dt>
        <dd>{formatDate(person.retentionReviewOn)}</dd>
        <dt>Last involvement</dt>
        <dd>{person.lastInvolvementOn ? formatDate(person.lastInvolvementOn) : "Never"}</dd>
        <dt>Added on</dt>
        <dd>{formatDay(person.createdAt)}</dd>
        <dt>Last changed on</dt>
        <dd>{formatDay(person.updatedAt)}</dd>
        {person.erasedAt ? (
          <>
            <dt>Erased on</dt>
            <dd>{formatDay(person.erasedAt)}</dd>
          </>
        ) : null}
      </dl>
    </ReportSection>
  );
}

function consentText(consent: Consent): string {
  if (!consent) return "Not given";
  const given = `Given on ${formatDate(consent.givenOn)}`;
  return consent.withdrawnOn ? `${given}, withdrawn on ${formatDate(consent.withdrawnOn)}` : given;
}

function Consents({ person, history }: { person: SubjectAccess["person"]; history: SubjectAccess["consentHistory"] }) {
  return (
    <ReportSection id="sar-consents" title="Consents and their history">
      <dl className="summary-list">
        {consentKinds.map((kind) => (
          <Fragment key={kind}>
            <dt>{consentLabels[kind]}</dt>
            <dd>{consentText(person.consents[kind])}</dd>
          </Fragment>
        ))}
      </dl>
      {history.length ? (
        <ConsentHistoryTable events={history} caption="Consent history, newest first" />
      ) : (
        <p>No consent history recorded.</p>
      )}
    </ReportSection>
  );
}
