import { type ReactNode, useId } from "react";
import { formatDate } from "../../lib/format";

type SectionProps = {
  /** The section's heading, which names it for screen readers: "Work item details". */
  title: string;
  children: ReactNode;
};

/**
 * A record as read by a role that may not change it: a heading and its values in words, with
 * no form fields at all (issue 16: greyed-out inputs are hard to read and read as broken).
 */
export function SummarySection({ title, children }: SectionProps) {
  const id = useId();
  return (
    <section className="summary-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <dl className="summary-list">{children}</dl>
    </section>
  );
}

type ItemProps = {
  term: string;
  /** The value in words; an empty one (null, false, "" or only spaces, an empty list) reads as `empty`. */
  children?: ReactNode;
  /** What an empty value reads as. */
  empty?: string;
  /** Free text as someone typed it: its line breaks are kept. */
  text?: boolean;
};

const isEmpty = (value: ReactNode) =>
  value === null ||
  value === undefined ||
  value === false ||
  (typeof value === "string" && value.trim() === "") ||
  (Array.isArray(value) && value.length === 0);

/** One term and its value in a `SummarySection` (or any `dl.summary-list`). */
export function SummaryItem({ term, children, empty = "Not recorded", text }: ItemProps) {
  const none = isEmpty(children);
  return (
    <>
      <dt>{term}</dt>
      <dd className={text && !none ? "summary-list__text" : undefined}>{none ? empty : children}</dd>
    </>
  );
}

/** A calendar date in UK words (`17 Nov 2026`), machine-readable too; null when there is none (so it reads as empty). */
export function dateText(value: string | null | undefined): ReactNode {
  if (!value) return null;
  return <time dateTime={value.slice(0, 10)}>{formatDate(value)}</time>;
}

/** Values from a fixed list, each by its label, joined: "Patient, Carer". */
export const labelled = <V extends string>(values: readonly V[] | undefined, labels: Readonly<Record<V, string>>) =>
  (values ?? []).map((value) => labels[value]).join(", ");
