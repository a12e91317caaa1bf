import { describe, expect, it } from "vitest";
import { isSafeReturnPath } from "./return-path";

describe("isSafeReturnPath", () => {
  it("takes paths on this site, with their query", () => {
    expect(isSafeReturnPath("/")).toBe(true);
    expect(isSafeReturnPath("/work-items?status=planned")).toBe(true);
  });

  it("refuses anything that could lead to another site", () => {
    for (const path of ["//evil.example", "/\\evil.example", "https://evil.example", "evil", "", "/a\nb", "/a\tb"])
      expect(isSafeReturnPath(path), path).toBe(false);
    expect(isSafeReturnPath(`/${"a".repeat(2000)}`)).toBe(false);
  });
});
