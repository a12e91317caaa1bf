import { describe, expect, it } from "vitest";
import { codeInput, loginInput } from "./schemas/users";
import { checkCode, checkLogin } from "./sign-in-input";

/** The sign-in page checks without zod: it must agree with the API's schemas, built from the same rules. */
describe("sign-in input, checked without zod", () => {
  const logins = [
    { email: "", password: "" },
    { email: "   ", password: "x" },
    { email: " a@example.org ", password: "" },
    { email: " a@example.org ", password: "secret" },
    { email: `${"a".repeat(321)}`, password: "secret" },
    { email: "a@example.org", password: "p".repeat(1025) },
    { email: "a@example.org", password: "p\u0000" },
  ];
  it.each(logins)("agrees with loginInput on %j", (input) => {
    const checked = checkLogin(input);
    const parsed = loginInput.safeParse(input);
    if (parsed.success) {
      expect(checked.value).toEqual(parsed.data);
      // The schema lets unstorable text through: the API refuses it before the schema (api-guards).
      if (checked.errors.length)
        expect(checked.errors.map((e) => e.message)).toEqual(["contains characters that cannot be stored"]);
    } else {
      expect(checked.errors).toEqual(
        parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
      );
    }
  });

  it.each(["", "  ", " 123456 ", "x".repeat(41)])("agrees with codeInput on %j", (code) => {
    const checked = checkCode({ code });
    const parsed = codeInput.safeParse({ code });
    if (parsed.success) expect(checked).toEqual({ value: parsed.data, errors: [] });
    else
      expect(checked.errors).toEqual(
        parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
      );
  });
});
