import { expect, test } from "./fixtures";

/**
 * Through a real OpenID provider (oidc-provider, started beside the app by playwright.config.ts),
 * whose sign-in page stands in for an organisation's: it takes the email it is given and vouches for it.
 */
test("a lead signs in with their organisation account and lands on the page they asked for", async ({ page, a11y }) => {
  await page.goto("/people");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in with your organisation account" })).toBeVisible();
  await a11y.check("with single sign-on");
  await page.getByRole("link", { name: "Sign in with your organisation account" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Organisation sign-in" })).toBeVisible();
  await a11y.check();
  await page.getByLabel("Email").fill("lead2@example.org");
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/people");
  await expect(page.getByRole("link", { name: /^Maren Castellane/ })).toBeVisible();
  await a11y.check();

  // Your account says who does the second step for this session.
  await page.getByRole("link", { name: /^Maren Castellane/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expect(page.getByText("You signed in with your organisation account")).toBeVisible();
  await a11y.check("signed in with single sign-on");
});

test("someone the organisation knows but who has no account here is told to ask an admin", async ({ page, a11y }) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Sign in with your organisation account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Organisation sign-in" })).toBeVisible();
  await a11y.check();
  await page.getByLabel("Email").fill("new.starter@example.org");
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("There is no account here for your organisation account");
  await expect(alert).toContainText("ask an admin");
  await a11y.check("single sign-on refused");
  // Not signed in: this browser holds no session.
  expect((await page.request.get("/api/auth/me")).status()).toBe(401);
});
