import { Fragment, type ReactNode } from "react";
import { type DataColumn, DataTable } from "../../../components/ui/data-table";
import { formatDate, formatDateTime } from "../../../lib/format";
import { formatPence } from "../../../shared/money-text";
import { auditActionLabels } from "../../../shared/schemas/audit";
import { bursaryStatusLabels } from "../../../shared/schemas/bursaries";
import { answerLabel, equalityQuestionKeys, equalityQuestions } from "../../../shared/schemas/equality";
import { actionStatusLabels, feedbackChannelLabels } from "../../../shared/schemas/feedback";
import { importKindLabels } from "../../../shared/schemas/imports";
import { involvementRoleLabels } from "../../../shared/schemas/involvement-plans";
import { involvementStatusLabels, paymentStatusLabels, supportLabels } from "../../../shared/schemas/involvements";
import type { SubjectAccess } from "../api/privacy";

/** A stored value in words: its label where there is one, else the value with its underscores as spaces. */
const label = (labels: Record<string, string>, value: string) => labels[value] ?? value.replaceAll("_", " ");
const orNone = (text: string | null | undefined) => (text?.trim() ? text : "—");

/** One section of the document: a second-level heading naming the landmark, then what is held. */
export function ReportSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="report-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** A section's table, or a line saying there is nothing of this kind. */
function Table<TRow extends { id: string }>({
  rows,
  caption,
  none,
  columns,
}: {
  rows: readonly TRow[];
  caption: string;
  none: string;
  columns: readonly DataColumn<TRow>[];
}) {
  return rows.length ? <DataTable caption={caption} columns={columns} rows={rows} /> : <p>{none}</p>;
}

const withIds = <T,>(rows: readonly T[]) => rows.map((row, index) => ({ ...row, id: String(index) }));

type Involvement = SubjectAccess["involvements"][number];

function dates(involvement: Involvement): string {
  if (!involvement.startDate) return "—";
  const start = formatDate(involvement.startDate);
  return involvement.endDate && involvement.endDate !== involvement.startDate
    ? `${start} to ${formatDate(involvement.endDate)}`
    : start;
}

/** Each involvement with its brief (what we ask, what they can expect) and how it went. */
export function Involvements({ involvements }: { involvements: SubjectAccess["involvements"] }) {
  return (
    <ReportSection id="sar-involvements" title="Involvements">
      {involvements.length === 0 ? <p>No involvements recorded.</p> : null}
      {involvements.map((involvement) => (
        <Fragment key={involvement.id}>
          <h3>{involvement.workItemTitle}</h3>
          <dl className="summary-list">
            <dt>Role</dt>
            <dd>{label(involvementRoleLabels, involvement.role)}</dd>
            <dt>Status</dt>
            <dd>{label(involvementStatusLabels, involvement.status)}</dd>
            <dt>Dates</dt>
            <dd>{dates(involvement)}</dd>
            <dt>Hours</dt>
            <dd>{involvement.hours ?? "—"}</dd>
            <dt>What we ask</dt>
            <dd className="report-text">{orNone(involvement.ask)}</dd>
            <dt>What they can expect</dt>
            <dd className="report-text">{orNone(involvement.expectations)}</dd>
            <dt>Support</dt>
            <dd>{involvement.support.map((s) => label(supportLabels, s)).join(", ") || "—"}</dd>
            <dt>Their feedback</dt>
            <dd className="report-text">{orNone(involvement.feedback)}</dd>
            <dt>Impact</dt>
            <dd className="report-text">{orNone(involvement.impact)}</dd>
          </dl>
        </Fragment>
      ))}
    </ReportSection>
  );
}

export function Payments({ payments }: { payments: SubjectAccess["payments"] }) {
  return (
    <ReportSection id="sar-payments" title="Payments">
      <Table
        rows={payments.map((payment) => ({ ...payment, id: payment.involvementId }))}
        caption="Payments"
        none="No payments recorded."
        columns={[
          { header: "For", cell: (p) => p.workItemTitle },
          { header: "Fee", cell: (p) => formatPence(p.feePence) },
          { header: "Expenses", cell: (p) => formatPence(p.expensesPence) },
          { header: "Status", cell: (p) => label(paymentStatusLabels, p.paymentStatus) },
        ]}
      />
    </ReportSection>
  );
}

export function Feedback({ feedback }: { feedback: SubjectAccess["feedback"] }) {
  return (
    <ReportSection id="sar-feedback" title="Feedback">
      <Table
        rows={feedback}
        caption="Feedback"
        none="No feedback recorded."
        columns={[
          { header: "Received", cell: (f) => formatDate(f.receivedOn) },
          { header: "How", cell: (f) => label(feedbackChannelLabels, f.channel) },
          { header: "About", cell: (f) => f.workItemTitle ?? "—" },
          { header: "What they told us", cell: (f) => <span className="report-text">{f.summary}</span> },
          { header: "What we did", cell: (f) => <span className="report-text">{orNone(f.action)}</span> },
          { header: "Action status", cell: (f) => label(actionStatusLabels, f.actionStatus) },
          { header: "Told them on", cell: (f) => formatDate(f.toldBackOn) },
        ]}
      />
    </ReportSection>
  );
}

export function Bursaries({ bursaries }: { bursaries: SubjectAccess["bursaries"] }) {
  return (
    <ReportSection id="sar-bursaries" title="Bursaries">
      <Table
        rows={bursaries}
        caption="Bursaries"
        none="No bursaries recorded."
        columns={[
          { header: "For", cell: (b) => b.workItemTitle },
          { header: "Status", cell: (b) => label(bursaryStatusLabels, b.status) },
          {
            header: "Status history",
            cell: (b) =>
              b.statusHistory.map((h) => `${label(bursaryStatusLabels, h.status)} ${formatDate(h.on)}`).join("; ") ||
              "—",
          },
          { header: "Ticket", cell: (b) => formatPence(b.ticketValuePence) },
          { header: "Travel", cell: (b) => formatPence(b.travelPence) },
          { header: "Accommodation", cell: (b) => formatPence(b.accommodationPence) },
          { header: "Care", cell: (b) => formatPence(b.carePence) },
          { header: "Claimed on", cell: (b) => formatDate(b.claimedOn) },
          { header: "Paid on", cell: (b) => formatDate(b.paidOn) },
        ]}
      />
    </ReportSection>
  );
}

export function SessionsSpokenAt({ sessions }: { sessions: SubjectAccess["sessionsSpokenAt"] }) {
  return (
    <ReportSection id="sar-sessions" title="Sessions spoken at">
      <Table
        rows={withIds(sessions)}
        caption="Sessions spoken at"
        none="No sessions recorded."
        columns={[
          { header: "Event", cell: (s) => s.workItemTitle },
          { header: "Session", cell: (s) => s.sessionTitle },
          { header: "When", cell: (s) => formatDateTime(s.startsAt) },
          { header: "Role", cell: (s) => label(involvementRoleLabels, s.role) },
          { header: "Status", cell: (s) => label(involvementStatusLabels, s.status) },
        ]}
      />
    </ReportSection>
  );
}

export function EqualityAnswers({ answers }: { answers: SubjectAccess["equalityAnswers"] }) {
  return (
    <ReportSection id="sar-equality" title="Equality monitoring answers">
      {answers ? (
        <dl className="summary-list">
          {equalityQuestionKeys.map((question) => (
            <Fragment key={question}>
              <dt>{equalityQuestions[question].label}</dt>
              <dd>{answerLabel(question, answers[question] ?? "not_answered")}</dd>
            </Fragment>
          ))}
        </dl>
      ) : (
        <p>No equality monitoring answers recorded.</p>
      )}
    </ReportSection>
  );
}

const importMatchLabels: Record<SubjectAccess["importRows"][number]["matchedBy"], string> = {
  record: "Their record",
  email: "Their email",
  name: "Their name only: check it is them before sending",
};

/** Spreadsheet rows that still name them: what the file said, until the retention rule deletes it. */
export function ImportRows({ rows }: { rows: SubjectAccess["importRows"] }) {
  return (
    <ReportSection id="sar-imports" title="Spreadsheet imports">
      {rows.length ? (
        <p>
          Rows of spreadsheets imported here that name them. A copy of a row is kept only until the import is committed
          or expires, and the invalid rows a week after that.
        </p>
      ) : null}
      <Table
        rows={rows.map((row) => ({ ...row, id: `${row.importId}:${row.row}` }))}
        caption="Import rows that name them"
        none="No spreadsheet import holds their details."
        columns={[
          { header: "File", cell: (r) => `${r.fileName} (${importKindLabels[r.kind]})` },
          { header: "Imported", cell: (r) => `${formatDateTime(r.importedAt)} by ${r.importedByName}` },
          { header: "Row", cell: (r) => r.row },
          { header: "Found by", cell: (r) => importMatchLabels[r.matchedBy] },
          {
            header: "What the row says",
            cell: (r) => (
              <span className="report-text">{r.values.map((v) => `${v.name}: ${v.value}`).join("; ") || "—"}</span>
            ),
          },
          { header: "Deleted by", cell: (r) => (r.deletedBy ? formatDateTime(r.deletedBy) : "—") },
        ]}
      />
    </ReportSection>
  );
}

const resourceLabels: Record<string, string> = {
  people: "Their record",
  "subject-access": "Subject access",
  "consent-history": "Their consent history",
  equality: "Equality answers",
  involvements: "An involvement",
  feedback: "Feedback",
  bursaries: "A bursary",
};

const valueText = (value: unknown) =>
  value === null || value === undefined || value === ""
    ? "none"
    : typeof value === "string"
      ? value
      : JSON.stringify(value);

/** What an entry records beyond its action: each field changed, or its detail (a reason, a file). */
function entryDetail(entry: SubjectAccess["audit"][number]): string {
  if (entry.changes?.length)
    return entry.changes.map((c) => `${c.field}: ${valueText(c.before)} → ${valueText(c.after)}`).join("; ");
  if (entry.detail)
    return Object.entries(entry.detail)
      .map(([key, value]) => `${key}: ${valueText(value)}`)
      .join("; ");
  return "—";
}

export function AuditEntries({ entries }: { entries: SubjectAccess["audit"] }) {
  return (
    <ReportSection id="sar-audit" title="Audit entries about them">
      <Table
        rows={entries}
        caption="Audit entries about them"
        none="No audit entries."
        columns={[
          { header: "When", cell: (e) => formatDateTime(e.at) },
          { header: "Who", cell: (e) => e.actorName },
          { header: "What", cell: (e) => auditActionLabels[e.action] },
          { header: "Record", cell: (e) => label(resourceLabels, e.resource) },
          { header: "Detail", cell: (e) => <span className="report-text">{entryDetail(e)}</span> },
        ]}
      />
    </ReportSection>
  );
}
