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

  it("walks a body nested 100,000 deep without recursion, and names the path to what it finds", () => {
    let body: unknown = "bad\u0000";
    for (let i = 0; i < 100_000; i++) body = [body];
    const [found, ...more] = unstorableFields({ deep: body });
    expect(more).toEqual([]);
    expect(found?.path).toBe(`deep${".0".repeat(100_000)}`);
  });

  it("reports a key that cannot be stored before its value", () => {
    expect(unstorableFields({ ok: { "k\u0000": "v\u0000" } })).toEqual([
      { path: "ok.(key)", message: unstorableMessage },
      { path: "ok.k\u0000", message: unstorableMessage },
    ]);
  });

  it("names at most the first 20 such fields, however many and however deep, and stops there", () => {
    // A bad string at each of 50,000 levels: every path would be as long as its depth.
    let body: unknown = "bad\u0000";
    for (let i = 0; i < 50_000; i++) body = ["bad\u0000", body];
    const found = unstorableFields(body);
    expect(found.map((f) => f.path)).toEqual(Array.from({ length: 20 }, (_, i) => `${"1.".repeat(i)}0`));
  });
});
