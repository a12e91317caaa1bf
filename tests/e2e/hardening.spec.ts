import { expect, maxRetries, test } from "./fixtures";

/** The production server as `npm start` runs it: headers, source maps and cross-site writes. */
test("serves the app with a strict CSP and a year of HSTS, and no source maps", async ({ request }) => {
  const page = await request.get("/", { maxRetries });
  expect(page.status()).toBe(200);
  const csp = page.headers()["content-security-policy"] ?? "";
  for (const directive of ["base-uri 'none'", "object-src 'none'", "form-action 'self'", "script-src 'self'"])
    expect(csp).toContain(directive);
  expect(page.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  const html = await page.text();
  // No inline script anywhere: every script is a file from this origin.
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  const script = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script).toBeTruthy();
  const code = await request.get(script as string, { maxRetries });
  expect(code.status()).toBe(200);
  expect(await code.text()).not.toContain("sourceMappingURL");
  expect((await request.get(`${script}.map`, { maxRetries })).status()).toBe(404);
});

test("refuses a write from another site, and takes the same write from the app's own origin", async ({
  request,
  baseURL,
}) => {
  const login = { email: "lead@example.org", password: "involve-demo" };
  const foreign = await request.post("/api/auth/login", { data: login, headers: { origin: "https://evil.example" } });
  expect(foreign.status()).toBe(403);
  expect(foreign.headers()["content-type"]).toMatch(/application\/problem\+json/);
  const own = await request.post("/api/auth/login", { data: login, headers: { origin: baseURL ?? "" }, maxRetries });
  expect(own.status()).toBe(200);
});
