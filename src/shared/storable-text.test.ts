import { describe, expect, it } from "vitest";
import { isStorableText, unstorableFields, unstorableMessage } from "./storable-text";

describe("text that can be stored", () => {
  it("keeps tabs, line breaks, accents, emoji and right-to-left text", () => {
    for (const text of ["a\tb", "line\r\nnext", "Zoë Ó Briain", "👩🏽‍⚕️ carer", "مرحبا", ""])
      expect(isStorableText(text), JSON.stringify(text)).toBe(true);
  });

  it("refuses NUL and the other C0 control characters, and lone surrogates", () => {
    for (const text of ["a\u0000b", "\u0007", "a\u001bb", "\ud800", "a\udc00", "\ud83d"])
      expect(isStorableText(text), JSON.stringify(text)).toBe(false);
  });

  it("finds each such field in a body, nested ones included, at its path", () => {
    expect(
      unstorableFields({ title: "a\u0000b", notes: "fine", people: [{ name: "ok" }, { name: "\ud800" }], count: 3 }),
    ).toEqual([
      { path: "title", message: unstorableMessage },
      { path: "people.1.name", message: unstorableMessage },
    ]);
    expect(unstorableFields("a\u0000")).toEqual([{ path: "(body)", message: unstorableMessage }]);
  });
});
