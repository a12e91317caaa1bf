import { DateRangeFields } from "../../../components/ui/date-range-fields";
import { bindSelect, ClearFilters, FilterBar, SelectFilter } from "../../../components/ui/filters";
import { NamedOptions, Options } from "../../../components/ui/options";
import { auditActionLabels, auditActions } from "../../../shared/schemas/audit";
import { recordNoun, resourceFilterLabels, resourceFilters } from "../describe";
import type { AuditSearch } from "../list-search";

type Props = {
  search: AuditSearch;
  /** Everyone with an account, for "Who". */
  accounts: readonly { id: string; name: string }[];
  /** A change of filters: the list starts again at its first page. */
  onChange: (changes: Partial<AuditSearch>) => void;
};

const filterKeys = ["action", "resource", "actorId", "personId", "recordId", "from", "to"] as const;

export function AuditFilters({ search, accounts, onChange }: Props) {
  const bind = bindSelect(search, onChange);
  // A kind of record reached by a link (a sign-in's, say) that the select does not offer.
  const otherResource =
    search.resource && !(resourceFilters as readonly string[]).includes(search.resource) ? search.resource : null;

  return (
    <FilterBar label="Filter the audit log">
      <SelectFilter label="Action" allLabel="Any" {...bind("action")}>
        <Options values={auditActions} labels={auditActionLabels} />
      </SelectFilter>
      <SelectFilter label="Resource" allLabel="Any" {...bind("resource")}>
        <Options values={resourceFilters} labels={resourceFilterLabels} />
        {otherResource ? <option value={otherResource}>{recordNoun(otherResource)}</option> : null}
      </SelectFilter>
      <SelectFilter label="Who" allLabel="Anyone" {...bind("actorId")}>
        <NamedOptions items={accounts} />
      </SelectFilter>
      <DateRangeFields legend="When" from={search.from} to={search.to} onChange={(range) => onChange(range)} />
      {search.personId ? <p className="meta">Only the entries about one person.</p> : null}
      {search.recordId ? <p className="meta">Only the entries about one record.</p> : null}
      <ClearFilters search={search} keys={filterKeys} onChange={onChange} />
    </FilterBar>
  );
}
