import type { FieldError } from "./schemas/common";

/** What a field says when its text holds characters PostgreSQL cannot store or that only hide things. */
export const unstorableMessage = "contains characters that cannot be stored";

/**
 * C0 control characters other than tab, line feed and carriage return (NUL among them: PostgreSQL
 * cannot store it in text), and lone UTF-16 surrogates (not text at all).
 */
export function isStorableText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return false;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (code >= 0xdc00 && code <= 0xdfff) return false;
  }
  return true;
}

/** At most this many fields are named; the walk stops there. */
export const maxUnstorableErrors = 20;

/** A field's path as a chain back to the body, so a deep walk never copies a path per level. */
type Path = { key: string | number; parent: Path | undefined } | undefined;

const pathText = (path: Path): string => {
  const keys: string[] = [];
  for (let at = path; at; at = at.parent) keys.push(String(at.key));
  return keys.reverse().join(".") || "(body)";
};

/**
 * Every string in a request body that cannot be stored, each at its field's path (as zod gives
 * paths). A walk with a stack of its own, not recursion: a body of a few kilobytes can nest arrays
 * thousands deep, and that must reach the route's schema (a field error), not overflow the stack.
 */
export function unstorableFields(value: unknown, path: (string | number)[] = []): FieldError[] {
  const errors: FieldError[] = [];
  // The first few are enough to fix a body by: a body with a bad string at each of thousands of
  // levels must not make thousands of ever longer paths (time and memory growing with depth²).
  const start = path.reduce<Path>((parent, key) => ({ key, parent }), undefined);
  // A key that cannot be stored is reported before its value, as it comes in the body.
  const badKey = Symbol("bad key");
  const stack: [unknown, Path][] = [[value, start]];
  while (stack.length && errors.length < maxUnstorableErrors) {
    const [current, at] = stack.pop() as [unknown, Path];
    if (current === badKey) errors.push({ path: pathText(at), message: unstorableMessage });
    else if (typeof current === "string") {
      if (!isStorableText(current)) errors.push({ path: pathText(at), message: unstorableMessage });
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--)
        stack.push([current[index], { key: index, parent: at }]);
    } else if (current && typeof current === "object") {
      const entries = Object.entries(current);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i] as [string, unknown];
        stack.push([item, { key, parent: at }]);
        if (!isStorableText(key)) stack.push([badKey, { key: "(key)", parent: at }]);
      }
    }
  }
  return errors;
}
