import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useFlash } from "../../../components/ui/flash";
import { FormAlert } from "../../../components/ui/form-alert";
import { ListView } from "../../../components/ui/list-view";
import { isProblem } from "../../../lib/api-client";
import { formatDate } from "../../../lib/format";
import type { Person } from "../../../shared/schemas/people";
import { retentionDueQuery, retentionPageSize, useKeepPerson } from "../api/privacy";
import { aYearAfter, today } from "../dates";
import { EraseConfirmation, type ErasureTarget, erasedMessage } from "./erase-person";
import { RetentionTable } from "./retention-table";

type Props = {
  page: number | undefined;
  onPage: (page: number) => void;
};

/** Who is due a retention review, and keeping or erasing each of them (admin). */
export function RetentionReview({ page, onPage }: Props) {
  const list = useQuery(retentionDueQuery(page));
  const keep = useKeepPerson();
  const flash = useFlash();
  const [erasing, setErasing] = useState<ErasureTarget | null>(null);
  const [failure, setFailure] = useState<string>();

  const onKeep = async (person: Person) => {
    setFailure(undefined);
    const until = aYearAfter(today());
    try {
      await keep.mutateAsync({ id: person.id, until, version: person.version });
      flash.show(`Kept ${person.name} for another year: their next review is on ${formatDate(until)}.`);
    } catch (error) {
      if (isProblem(error, 409)) void list.refetch();
      setFailure(
        isProblem(error, 409) && error.code !== "erased"
          ? `${person.name} was changed by someone else meanwhile. The list now shows them as they are: try again if they are still due.`
          : isProblem(error)
            ? error.detail
            : `Could not keep ${person.name}. Please try again.`,
      );
    }
  };

  return (
    <>
      <FormAlert message={failure} />
      <ListView
        query={list}
        loading="Loading who is due…"
        error="The people due for a review could not be loaded."
        errorDetail
        empty="No one is due for a retention review."
        pagination={{ label: "Pages of people due for review", pageSize: retentionPageSize, onPage }}
      >
        {(due) => (
          <RetentionTable
            people={due.items}
            caption={`People due for a retention review, ${due.total}`}
            busyId={keep.isPending ? (keep.variables?.id ?? null) : null}
            onKeep={(person) => void onKeep(person)}
            onErase={(person) => {
              setFailure(undefined);
              setErasing(person);
            }}
          />
        )}
      </ListView>
      <EraseConfirmation
        person={erasing}
        onCancel={() => setErasing(null)}
        onErased={() => {
          setErasing(null);
          flash.show(erasedMessage);
        }}
      />
    </>
  );
}
