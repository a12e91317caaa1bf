import { generate } from "otplib";
import { expect, signInWithApi, test, uniqueTitle } from "./fixtures";

test("admin adds a user, who sets a password from the link, signs in, and sees their account; admin disables them", async ({
  page,
  a11y,
  sessions,
  browserErrors,
}) => {
  // Once disabled, the next page's check of the session is refused: that is the point.
  browserErrors.allowFailedRequest(401, "/api/auth/me");
  await signInWithApi(page, sessions, "admin@example.org");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await a11y.check();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expect(page.getByRole("table", { name: /^Accounts, \d+$/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Latest sign-ins, newest first" })).toBeVisible();
  await a11y.check();

  const name = uniqueTitle("Nadia Kowalczyk");
  const email = `nadia.${Date.now().toString(36)}@example.org`;
  const form = page.getByRole("region", { name: "Add a user" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption({ label: "Project lead" });
  await form.getByRole("button", { name: "Add user" }).click();
  const link = await form.getByLabel("Set-password link").inputValue();
  expect(link).toMatch(/\/set-password\?token=/);
  await a11y.check("with a set-password link");

  // The new person, in a browser with nobody signed in.
  await page.context().clearCookies();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Set your password" })).toBeVisible();
  await a11y.check();
  const password = "Meadowlark-quarry-53-tide";
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("New password again").fill(password);
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(page.getByText("Your password is set. Sign in with it.")).toBeVisible();
  await a11y.check("after setting a password");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // A new project lead lands on Needs attention, with nothing on it yet.
  await expect(page.getByRole("heading", { level: 1, name: "Needs attention" })).toBeVisible();
  await expect(page.getByText("Nothing needs your attention")).toBeVisible();
  await a11y.check("nothing needs attention");
  await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);

  await page.getByRole("link", { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  const sessionsTable = page.getByRole("table", { name: /^Your sessions, 1$/ });
  await expect(sessionsTable.getByRole("cell", { name: "Yes" })).toBeVisible();
  await a11y.check();

  // Admin, in another browser, disables the account: the person's next step lands on sign-in.
  const adminContext = await page.context().browser()?.newContext();
  if (!adminContext) throw new Error("no browser");
  await adminContext.addCookies(await sessions.cookiesFor("admin@example.org"));
  const adminApi = adminContext.request;
  const { items } = await (await adminApi.get("/api/users")).json();
  const account = items.find((u: { email: string }) => u.email === email);
  expect(
    (await adminApi.patch(`/api/users/${account.id}`, { data: { disabled: true, version: account.version } })).status(),
  ).toBe(200);
  await adminContext.close();

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await a11y.check("after being disabled");
});

test("admin opens one account: details, status, password reset and sign-ins", async ({ page, a11y, sessions }) => {
  await signInWithApi(page, sessions, "admin@example.org");
  await page.goto("/admin/users");
  const table = page.getByRole("table", { name: /^Accounts, \d+$/ });
  await expect(table).toBeVisible();
  await a11y.check();
  // Admin's own account: signed in for this test, so it has sign-ins to show.
  const row = table.getByRole("row").filter({ hasText: "admin@example.org" });
  await row.getByRole("link").click();
  await expect(page.getByRole("form", { name: "Account details" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Reset password" })).toBeVisible();
  await expect(page.getByRole("table", { name: /^Sign-ins of / })).toBeVisible();
  await a11y.check();
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toBeVisible();
  await a11y.check("asking before signing out everywhere");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
});

test("someone turns on two-step verification, signs out, and signs in with a code from their app", async ({
  page,
  a11y,
  sessions,
}) => {
  // A fresh account for this test, made through the API by admin.
  await signInWithApi(page, sessions, "admin@example.org");
  const email = `sam.${Date.now().toString(36)}@example.org`;
  const created = await page.request.post("/api/users", { data: { email, name: "Sam Adebayo-Finch", role: "lead" } });
  expect(created.status()).toBe(201);
  const token = new URL((await created.json()).setPasswordUrl).searchParams.get("token");
  const password = "Saltmarsh-beacon-29-oar";
  expect((await page.request.post("/api/auth/set-password", { data: { token, password } })).status()).toBe(204);
  await page.context().clearCookies();

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Needs attention" })).toBeVisible();
  await page.goto("/account");
  const section = page.getByRole("region", { name: "Two-step verification" });
  await section.getByRole("button", { name: "Set up two-step verification" }).click();
  await expect(section.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  await a11y.check("setting up two-step verification");
  const secret = ((await section.locator("code.secret").textContent()) ?? "").replace(/\s/g, "");
  await section.getByLabel("Code from the app").fill(await generate({ secret }));
  await section.getByRole("button", { name: "Turn on" }).click();
  await expect(section.getByRole("list", { name: "Recovery codes" }).getByRole("listitem")).toHaveCount(10);
  await a11y.check("with recovery codes");
  await section.getByRole("button", { name: "I have kept them" }).click();
  await expect(section.getByText(/Two-step verification is on/)).toBeVisible();

  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  const step = page.getByRole("form", { name: "Two-step verification" });
  await expect(step.getByLabel("Code")).toBeFocused();
  await a11y.check("asking for the code");
  await step.getByLabel("Code").fill(await generate({ secret }));
  await step.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Needs attention" })).toBeVisible();
  await a11y.check();
});
