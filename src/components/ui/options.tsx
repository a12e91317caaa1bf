type Props<V extends string> = {
  values: readonly V[];
  /** Each value's name as people read it: a table of them, or a function. */
  labels: Readonly<Record<NoInfer<V>, string>> | ((value: V) => string);
};

/** A select's `<option>`s for a fixed list of values, in their order, each shown by its label. */
export function Options<V extends string>({ values, labels }: Props<V>) {
  const label = typeof labels === "function" ? labels : (value: V) => labels[value];
  return values.map((value) => (
    <option key={value} value={value}>
      {label(value)}
    </option>
  ));
}

/** A select's `<option>`s for records that have an id and a name (teams, staff): the id chosen, the name shown. */
export function NamedOptions({ items }: { items: readonly { id: string; name: string }[] }) {
  return items.map((item) => (
    <option key={item.id} value={item.id}>
      {item.name}
    </option>
  ));
}
