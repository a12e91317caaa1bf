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

/** Every string in a request body that cannot be stored, each at its field's path (as zod gives paths). */
export function unstorableFields(value: unknown, path: (string | number)[] = []): FieldError[] {
  if (typeof value === "string")
    return isStorableText(value) ? [] : [{ path: path.map(String).join(".") || "(body)", message: unstorableMessage }];
  if (Array.isArray(value)) return value.flatMap((item, index) => unstorableFields(item, [...path, index]));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) => [
      ...(isStorableText(key) ? [] : [{ path: [...path, "(key)"].join("."), message: unstorableMessage }]),
      ...unstorableFields(item, [...path, key]),
    ]);
  return [];
}
