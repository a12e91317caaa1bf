import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useForm } from "react-hook-form";
import { ErrorState, LoadingState } from "../../../components/ui/states";
import { formResolver } from "../../../lib/form-resolver";
import type { WorkItem } from "../../../shared/schemas/work-items";
import { reportInvolvementsQuery, reportPlanQuery } from "../api/reports";
import { type Gripp2Draft, gripp2Draft, gripp2DraftSchema, gripp2Sections } from "../gripp2";

/** Loads the decision and the involvement records, then opens the draft written from them. */
export function Gripp2Form({ item }: { item: Pick<WorkItem, "id" | "title" | "planLevel"> }) {
  // An undecided item has no plan to fetch (the API would answer 404).
  const decided = item.planLevel !== null;
  const plan = useQuery({ ...reportPlanQuery(item.id), enabled: decided });
  const involvements = useQuery(reportInvolvementsQuery(item.id));

  if ((decided && plan.isPending) || involvements.isPending) return <LoadingState label="Writing the draft…" />;
  if (plan.isError || involvements.isError) {
    return (
      <ErrorState
        title="The involvement records could not be loaded."
        onRetry={() => {
          if (decided) void plan.refetch();
          void involvements.refetch();
        }}
      />
    );
  }
  const draft = gripp2Draft(item.title, decided ? (plan.data ?? null) : null, involvements.data.items);
  // Keyed by item: the text written from the records is the starting point, then it is theirs to edit.
  return <Gripp2Editor key={item.id} initial={draft} />;
}

const rowsFor = (text: string) => Math.min(20, Math.max(4, text.split("\n").length + 1));

/**
 * The five parts as labelled text boxes. Textareas print poorly (cut off, scroll bars),
 * so each part's text is also in a block that only the print stylesheet shows.
 */
function Gripp2Editor({ initial }: { initial: Gripp2Draft }) {
  const id = useId();
  // Nothing is submitted: the form holds the text as it is edited, for the print-only copy beside each box.
  const form = useForm<Gripp2Draft>({ resolver: formResolver(gripp2DraftSchema), defaultValues: initial });
  const text = form.watch();

  return (
    <>
      <p className="notice no-print">
        <strong>This draft is not saved; print or copy it.</strong> It is written from this work item’s involvement
        decision and records (roles, not names). Edit each part before you print it.
      </p>
      {gripp2Sections.map((section, index) => (
        // Not a named region: the heading names the text box, and five landmarks would only add noise.
        <section key={section.key} className="report-section gripp2-section">
          <h2 id={`${id}-${section.key}`}>{section.label}</h2>
          <p className="field__hint no-print" id={`${id}-${section.key}-hint`}>
            GRIPP2 short form, item {index + 1}: {section.hint}
          </p>
          <textarea
            className="gripp2-text no-print"
            aria-labelledby={`${id}-${section.key}`}
            aria-describedby={`${id}-${section.key}-hint`}
            rows={rowsFor(text[section.key])}
            {...form.register(section.key)}
          />
          <div className="print-only report-text">{text[section.key]}</div>
        </section>
      ))}
    </>
  );
}
