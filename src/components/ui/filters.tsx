import { type ReactNode, useEffect, useId, useRef, useState } from "react";

/** A list's filter bar: a search landmark named for what it filters, e.g. "Filter people". */
export function FilterBar({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is unknown to jsdom and to browsers before 2023.
    <div role="search" className="filters" aria-label={label}>
      {children}
    </div>
  );
}

type SelectFilterProps<TValue extends string> = {
  label: string;
  /** The first option, meaning "no filter"; leave it out when there is always a choice. */
  allLabel?: string;
  value: TValue | undefined;
  onChange: (value: TValue | undefined) => void;
  /** The choices: `<Options>` or `<NamedOptions>`. */
  children: ReactNode;
  className?: string;
};

/** One filter: a labelled select whose first option (`allLabel`) means "no filter". */
export function SelectFilter<TValue extends string>({
  label,
  allLabel,
  value,
  onChange,
  children,
  className = "field",
}: SelectFilterProps<TValue>) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ""} onChange={(event) => onChange((event.target.value || undefined) as TValue)}>
        {allLabel === undefined ? null : <option value="">{allLabel}</option>}
        {children}
      </select>
    </div>
  );
}

type StringKeys<TSearch> = {
  [K in keyof TSearch]-?: NonNullable<TSearch[K]> extends string ? K : never;
}[keyof TSearch];

/**
 * Binds select filters to a list's search state: `{...bind("kind")}` gives a
 * `SelectFilter` its value and the change to make.
 */
export function bindSelect<TSearch extends object>(search: TSearch, onChange: (changes: Partial<TSearch>) => void) {
  return <K extends StringKeys<TSearch>>(key: K) => ({
    value: search[key] as Extract<TSearch[K], string> | undefined,
    onChange: (value: Extract<TSearch[K], string> | undefined) => onChange({ [key]: value } as Partial<TSearch>),
  });
}

type SearchBoxProps = {
  /** The search text in the URL. */
  value: string | undefined;
  /**
   * A new search: after a pause in typing (`replace`, so history gets one entry per
   * search, not per key), or at once on Enter.
   */
  onSearch: (value: string | undefined, options: { replace: boolean }) => void;
  label?: string;
  placeholder?: string;
};

const typingPause = 300;

/** The search box of a list: the list follows typing without a request per key. */
export function SearchBox({ value, onSearch, label = "Search", placeholder }: SearchBoxProps) {
  const id = useId();
  const [text, setText] = useState(value ?? "");
  // The latest callback, so a parent's re-render does not restart the pause.
  const search = useRef(onSearch);
  useEffect(() => {
    search.current = onSearch;
  });

  // Follow the URL when it changes from outside (Back, Clear filters).
  useEffect(() => setText(value ?? ""), [value]);

  useEffect(() => {
    if ((value ?? "") === text.trim()) return;
    const timer = setTimeout(() => search.current(text.trim() || undefined, { replace: true }), typingPause);
    return () => clearTimeout(timer);
  }, [text, value]);

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={placeholder}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") onSearch(text.trim() || undefined, { replace: false });
        }}
      />
    </div>
  );
}

/**
 * "Clear filters", shown only while one of `keys` is set in the list's search: one click sets
 * them all back to none.
 */
export function ClearFilters<TSearch extends object>({
  search,
  keys,
  onChange,
}: {
  search: TSearch;
  keys: readonly (keyof TSearch & string)[];
  onChange: (changes: Partial<TSearch>) => void;
}) {
  if (!keys.some((key) => search[key] !== undefined)) return null;
  return (
    <button
      type="button"
      className="button button--secondary filters__clear"
      onClick={() => onChange(Object.fromEntries(keys.map((key) => [key, undefined])) as Partial<TSearch>)}
    >
      Clear filters
    </button>
  );
}
