import { useQuery } from "@tanstack/react-query";
import { BursaryFunnelTable } from "../../../components/figures/bursary-funnel-table";
import { ErrorState, LoadingState } from "../../../components/ui/states";
import { formatPence } from "../../../shared/money-text";
import { agendaTargetReasons, type PublicAgenda, patientVoiceSpeakers } from "../../../shared/schemas/agenda";
import { involvementRoleLabels } from "../../../shared/schemas/involvement-plans";
import { type InvolvementStatus, involvementStatusLabels } from "../../../shared/schemas/involvements";
import {
  reportAgendaQuery,
  reportBursarySummaryQuery,
  reportEventDetailsQuery,
  reportInvolvementsQuery,
} from "../api/reports";

/** Why the target is met names the patient voices as the agenda does: "Patient speaker (chair)" without consent. */
function whyText(target: PublicAgenda): string {
  if (target.met) {
    const voices = patientVoiceSpeakers(target.speakers).map(
      (s) => `${s.publicName} (${involvementRoleLabels[s.role].toLowerCase()})`,
    );
    return `Why: patient, service user or carer voice on the agenda, confirmed or having taken part: ${voices.join(", ")}.`;
  }
  return target.reason === agendaTargetReasons.onlyInvited
    ? "Why not: only invited, none confirmed. A patient, service user or carer is invited to speak but not yet confirmed."
    : "Why not: no patient voice yet. No patient, service user or carer is confirmed as chair, presenter, facilitator or panellist.";
}

/** Met or not met, and why, in words (the colour of the bar only repeats it). */
export function ConferenceTarget({ workItemId }: { workItemId: string }) {
  const target = useQuery(reportAgendaQuery(workItemId));
  return (
    <section className="report-section" aria-labelledby="report-target">
      <h2 id="report-target">Patient voice on the agenda</h2>
      {target.isPending ? (
        <LoadingState label="Loading the target…" />
      ) : target.isError ? (
        <ErrorState title="The target could not be loaded." onRetry={() => void target.refetch()} />
      ) : (
        <div className={target.data.met ? "target target--met" : "target"}>
          <p className="target__verdict">Target: {target.data.met ? "met" : "not met"}</p>
          <p>{whyText(target.data)}</p>
        </div>
      )}
    </section>
  );
}

/** "2 patient advisers: 1 confirmed, 1 took part". */
function adviserCount(statuses: InvolvementStatus[]) {
  const counts = new Map<InvolvementStatus, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  const byStatus = [...counts].map(([status, n]) => `${n} ${involvementStatusLabels[status].toLowerCase()}`);
  const people = statuses.length === 1 ? "1 patient adviser" : `${statuses.length} patient advisers`;
  return `${people}: ${byStatus.join(", ")}`;
}

/** Whether patients advised on speakers and content, how many did, and what came of it. */
export function ConferenceAdvice({ workItemId }: { workItemId: string }) {
  const details = useQuery(reportEventDetailsQuery(workItemId));
  const involvements = useQuery(reportInvolvementsQuery(workItemId));
  const advisers = (involvements.data?.items ?? []).filter((i) => i.role === "speaker_adviser");
  return (
    <section className="report-section" aria-labelledby="report-advice">
      <h2 id="report-advice">Advice on speakers and content</h2>
      {details.isPending || involvements.isPending ? (
        <LoadingState label="Loading the speaker advice…" />
      ) : details.isError || involvements.isError ? (
        <ErrorState
          title="The speaker advice could not be loaded."
          onRetry={() => {
            void details.refetch();
            void involvements.refetch();
          }}
        />
      ) : (
        <dl className="summary-list">
          <dt>Patients asked for advice on speakers and content</dt>
          <dd>{details.data.adviceSought === null ? "Not recorded" : details.data.adviceSought ? "Yes" : "No"}</dd>
          <dt>Who advised</dt>
          <dd>
            {/* A report is for publication: advisers are counted by status, never named. */}
            {advisers.length ? adviserCount(advisers.map((a) => a.status)) : "No advisers recorded"}
          </dd>
          <dt>What came of it</dt>
          <dd className="report-text">{details.data.adviceOutcome || "Not recorded"}</dd>
        </dl>
      )}
    </section>
  );
}

/** Places used of places, spend against budget, the funnel, and what needs attention. */
export function ConferenceBursaries({ workItemId }: { workItemId: string }) {
  const summary = useQuery(reportBursarySummaryQuery(workItemId));
  return (
    <section className="report-section" aria-labelledby="report-bursaries">
      <h2 id="report-bursaries">Bursaries</h2>
      {summary.isPending ? (
        <LoadingState label="Loading the bursaries…" />
      ) : summary.isError ? (
        <ErrorState title="The bursaries could not be loaded." onRetry={() => void summary.refetch()} />
      ) : (
        <>
          <dl className="summary-list">
            <dt>Places used</dt>
            <dd>
              {summary.data.placesUsed} of {summary.data.places}
            </dd>
            <dt>Spend against budget</dt>
            <dd>
              {formatPence(summary.data.spendPence)} of {formatPence(summary.data.budgetPence)}
              {summary.data.spendIncludesCare ? null : " (care not shown)"}
            </dd>
          </dl>
          <BursaryFunnelTable
            funnel={summary.data.funnel}
            caption="Bursary funnel: people reaching each stage"
            className="data-table report-table"
          />
          <h3>Warnings</h3>
          {summary.data.warnings.length ? (
            <ul className="report-list">
              {summary.data.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          ) : (
            <p>None.</p>
          )}
        </>
      )}
    </section>
  );
}
