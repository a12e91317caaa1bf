import { isIsoDate, isUuid } from "../shared/choices";

/**
 * The pieces every page's URL search parser is made of. A bad or hand-edited value falls back
 * to "not given" instead of breaking the page. Plain functions, not zod: the router parses
 * every page's URL and so sits in the first load, which the schema library would nearly
 * double (docs/decisions/017-first-load-and-quiet-main-thread.md).
 */

/** One URL value: what it means, or undefined when it is missing or not valid. */
export type UrlValue<T> = (value: unknown) => T | undefined;

type Parsed<TShape extends Record<string, UrlValue<unknown>>> = {
  [K in keyof TShape]?: TShape[K] extends UrlValue<infer T> ? T : never;
};

/** A page's search parser (a route's `validateSearch`): the values it knows, each parsed; anything else dropped. */
export function urlSearch<const TShape extends Record<string, UrlValue<unknown>>>(shape: TShape) {
  return (raw: Record<string, unknown>): Parsed<TShape> => {
    const parsed: Record<string, unknown> = {};
    for (const [key, parse] of Object.entries(shape)) {
      const value = parse(raw[key]);
      if (value !== undefined) parsed[key] = value;
    }
    return parsed as Parsed<TShape>;
  };
}

/** One of a fixed list. */
export const urlChoice =
  <const T extends readonly string[]>(values: T): UrlValue<T[number]> =>
  (value) =>
    typeof value === "string" && values.includes(value) ? value : undefined;

/** A string matching a pattern. */
export const urlMatch =
  (pattern: RegExp): UrlValue<string> =>
  (value) =>
    typeof value === "string" && pattern.test(value) ? value : undefined;

/** A whole number from min to max; the router hands "2" over as 2, a hand-typed "2" stays a string. */
export const urlInt =
  (min: number, max = Number.MAX_SAFE_INTEGER): UrlValue<number> =>
  (value) => {
    if (typeof value !== "number" && typeof value !== "string") return undefined;
    const number = typeof value === "number" ? value : value.trim() === "" ? Number.NaN : Number(value);
    return Number.isInteger(number) && number >= min && number <= max ? number : undefined;
  };

/** A typed search value; numbers typed into a search box arrive from the URL as numbers. */
export const urlText: UrlValue<string> = (value) => {
  if (value === undefined || value === null || value === "") return undefined;
  const text = String(value);
  return text.length <= 200 ? text : undefined;
};

/** The page of a list, from 1. */
export const urlPage = urlInt(1);

/** A reporting year (the year it starts in). */
export const urlYear = urlInt(2000, 2100);

/** An id, e.g. of a team or a member of staff. */
export const urlId: UrlValue<string> = (value) => (typeof value === "string" && isUuid(value) ? value : undefined);

/** A calendar date (YYYY-MM-DD), e.g. one end of a start-date range. */
export const urlDate: UrlValue<string> = (value) => (typeof value === "string" && isIsoDate(value) ? value : undefined);
