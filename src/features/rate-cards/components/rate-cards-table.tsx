import { type DataColumn, DataTable } from "../../../components/ui/data-table";
import { formatDate } from "../../../lib/format";
import { formatPence } from "../../../lib/money";
import { rateUnitLabels } from "../../../shared/rate-units";
import type { RateCard } from "../../../shared/schemas/rate-cards";

const columns: DataColumn<RateCard>[] = [
  { header: "Activity", cell: (rate) => rate.activity },
  { header: "Unit", cell: (rate) => rateUnitLabels[rate.unit] },
  { header: "Amount", cell: (rate) => formatPence(rate.amountPence) },
  {
    header: "Effective from",
    cell: (rate) => <time dateTime={rate.effectiveFrom}>{formatDate(rate.effectiveFrom)}</time>,
  },
];

type Props = { rates: RateCard[]; caption: string; onEdit?: ((rate: RateCard) => void) | undefined };

/** The rates by activity, each activity's newest first; admin may open one to change it. */
export function RateCardsTable({ rates, caption, onEdit }: Props) {
  const edit: DataColumn<RateCard> = {
    header: "Actions",
    hideHeader: true,
    cell: (rate) => (
      <button
        type="button"
        className="button button--secondary"
        aria-label={`Change ${rate.activity} from ${formatDate(rate.effectiveFrom)}`}
        onClick={() => onEdit?.(rate)}
      >
        Change
      </button>
    ),
  };
  return <DataTable caption={caption} columns={onEdit ? [...columns, edit] : columns} rows={rates} />;
}
