import { screen, waitFor, within } from "@testing-library/react";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { server } from "../../../../tests/setup/msw";
import { apiJson, apiPath, currentUrl, demoPassword, renderApp, signInAs } from "../../../../tests/setup/render-app";

describe("Your account", () => {
  it("opens from your name in the header; changes your password with the errors on the fields", async () => {
    const me = await signInAs("lead@example.org");
    const { user, history } = renderApp("/dashboard");
    await user.click(await screen.findByRole("link", { name: new RegExp(`^${me.name}`) }));
    await waitFor(() => expect(currentUrl(history)).toBe("/account"));
    // The page's code loads on demand: the first time in a test run it is compiled first.
    expect(await screen.findByRole("heading", { level: 1, name: "Your account" }, { timeout: 20_000 })).toBeVisible();
    const form = await screen.findByRole("region", { name: "Change your password" });
    await user.type(within(form).getByLabelText("Current password"), "not-my-password");
    await user.type(within(form).getByLabelText("New password"), "short");
    await user.type(within(form).getByLabelText("New password again"), "short");
    await user.click(within(form).getByRole("button", { name: "Change password" }));
    expect(await within(form).findByText("Use at least 12 characters")).toBeInTheDocument();
    await user.clear(within(form).getByLabelText("New password"));
    await user.type(within(form).getByLabelText("New password"), "Bramble-viaduct-62-kite");
    await user.clear(within(form).getByLabelText("New password again"));
    await user.type(within(form).getByLabelText("New password again"), "Bramble-viaduct-62-kite");
    await user.click(within(form).getByRole("button", { name: "Change password" }));
    expect(await within(form).findByText("This is not your current password.")).toBeInTheDocument();
    expect(within(form).getByLabelText("New password")).toHaveValue("Bramble-viaduct-62-kite");
    await user.clear(within(form).getByLabelText("Current password"));
    await user.type(within(form).getByLabelText("Current password"), demoPassword);
    await user.click(within(form).getByRole("button", { name: "Change password" }));
    expect(
      await screen.findByText("Your password is changed. You are signed out everywhere else."),
    ).toBeInTheDocument();
  });

  it("lists where you are signed in, this device marked, with Sign out on each", async () => {
    await signInAs("events@example.org");
    renderApp("/account");
    const table = await screen.findByRole("table", { name: /^Your sessions, \d+$/ });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.length).toBeGreaterThanOrEqual(1);
    const here = rows.filter((row) => within(row).queryByRole("cell", { name: "Yes" }));
    expect(here).toHaveLength(1);
    for (const row of rows) expect(within(row).getByRole("button", { name: "Sign out" })).toBeInTheDocument();
  });
});

describe("Set your password", () => {
  it("sets a password from a link, then sign-in works with it; a used link says so", async () => {
    await signInAs("admin@example.org");
    const { setPasswordUrl } = await apiJson<{ setPasswordUrl: string }>("/users", {
      method: "POST",
      body: JSON.stringify({ email: "tomasz.wrobel@example.org", name: "Tomasz Wróbel", role: "lead" }),
    });
    const link = new URL(setPasswordUrl);
    const { user, history } = renderApp(`${link.pathname}${link.search}`);
    expect(await screen.findByRole("heading", { level: 1, name: "Set your password" })).toBeInTheDocument();
    await user.type(screen.getByLabelText("New password"), "Juniper-causeway-18-reel");
    await user.type(screen.getByLabelText("New password again"), "Juniper-causeway-18-reel");
    await user.click(screen.getByRole("button", { name: "Set password" }));
    await waitFor(() => expect(history.location.pathname).toBe("/sign-in"));
    expect(await screen.findByText("Your password is set. Sign in with it.")).toBeInTheDocument();

    history.push(`${link.pathname}${link.search}`);
    await user.type(await screen.findByLabelText("New password"), "Juniper-causeway-18-reel");
    await user.type(screen.getByLabelText("New password again"), "Juniper-causeway-18-reel");
    await user.click(screen.getByRole("button", { name: "Set password" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/has been used, has expired or is not right/);
  });
});

describe("Signing out after inactivity", () => {
  it("warns two minutes before the session times out, and Stay signed in keeps it", async () => {
    await signInAs("manager@example.org");
    const me = await apiJson<{ user: unknown; twoStep: unknown }>("/auth/me");
    // Every answer says the session ends in 2 minutes and a second: the warning is due in a second.
    const soon = () => ({ headers: { "x-session-expires": new Date(Date.now() + 121_000).toISOString() } });
    server.use(
      http.get(`*${apiPath("/auth/sessions")}`, () => HttpResponse.json({ items: [] }, soon())),
      http.get(`*${apiPath("/auth/me")}`, () => HttpResponse.json(me, soon())),
      // The navigation's Needs attention count is read on every page: its answer carries the time too.
      http.get(`*${apiPath("/attention")}`, () => HttpResponse.json({ total: 0, groups: [] }, soon())),
    );
    const { user } = renderApp("/account");
    const dialog = await screen.findByRole(
      "alertdialog",
      { name: "You will be signed out in 2 minutes" },
      { timeout: 4000 },
    );
    // Focus moves into the dialog once it is on screen.
    await waitFor(() => expect(within(dialog).getByRole("button", { name: "Stay signed in" })).toHaveFocus());
    server.resetHandlers();
    await user.click(within(dialog).getByRole("button", { name: "Stay signed in" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
  });

  it("after the timeout, the next action lands on sign-in with the reason, and returns to the same page", async () => {
    await signInAs("manager@example.org");
    server.use(
      http.get(
        `*${apiPath("/work-items")}`,
        () =>
          HttpResponse.json(
            {
              status: 401,
              title: "Signed out",
              detail:
                "You were signed out after 30 minutes without activity. Sign in again to carry on where you were.",
              code: "timed_out",
            },
            { status: 401, headers: { "content-type": "application/problem+json" } },
          ),
        { once: true },
      ),
    );
    const { user, history } = renderApp("/work-items?status=planned");
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in" })).toBeInTheDocument();
    expect(screen.getByText(/^You were signed out after 30 minutes without activity/)).toBeInTheDocument();
    await user.type(screen.getByLabelText("Email"), "manager@example.org");
    await user.type(screen.getByLabelText("Password"), demoPassword);
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    await waitFor(() => expect(currentUrl(history)).toBe("/work-items?status=planned"));
  });
});
