import { screen, waitFor, within } from "@testing-library/react";
import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { apiJson, currentUrl, renderApp, signInAs } from "../../../../tests/setup/render-app";
import type { AdminUser } from "../../../shared/schemas/users";

describe("Users (admin)", () => {
  it("lists every account and adds one, showing the link to pass on once", async () => {
    await signInAs("admin@example.org");
    const { user } = renderApp("/admin/users");
    expect(await screen.findByRole("heading", { level: 1, name: "Users" })).toBeInTheDocument();
    expect(screen.getByRole("navigation", { name: "Main" })).toContainElement(
      screen.getByRole("link", { name: "Users" }),
    );
    const table = await screen.findByRole("table", { name: /^Accounts, \d+$/ });
    const headings = within(table)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(headings).toEqual([
      "Name",
      "Email",
      "Role",
      "Signs in with",
      "Two-step verification",
      "Last sign-in",
      "Status",
    ]);
    const admin = within(table).getByRole("row", { name: /admin@example\.org/ });
    expect(
      within(admin)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual([
      "admin@example.org",
      "Admin",
      "Password",
      "Off",
      expect.stringMatching(/\d{1,2} \w{3} \d{4}, \d{2}:\d{2}/),
      "Active",
    ]);

    const form = screen.getByRole("region", { name: "Add a user" });
    await user.click(within(form).getByRole("button", { name: "Add user" }));
    await user.type(within(form).getByLabelText("Name"), "Priya Ramaswamy");
    await user.type(within(form).getByLabelText("Email"), "not-an-email");
    await user.click(within(form).getByRole("button", { name: "Add user" }));
    expect(await within(form).findByText("Enter a valid email address")).toBeInTheDocument();
    expect(within(form).getByLabelText("Name")).toHaveValue("Priya Ramaswamy");
    await user.clear(within(form).getByLabelText("Email"));
    await user.type(within(form).getByLabelText("Email"), "priya.ramaswamy@example.org");
    await user.selectOptions(within(form).getByLabelText("Role"), "Events team");
    await user.click(within(form).getByRole("button", { name: "Add user" }));
    const link = await within(form).findByLabelText("Set-password link");
    expect((link as HTMLInputElement).value).toMatch(/\/set-password\?token=[\w-]{40,}$/);
    expect(within(form).getByText(/Pass this link on to Priya Ramaswamy/)).toBeInTheDocument();
    const added = await within(await screen.findByRole("table", { name: /^Accounts/ })).findByRole("row", {
      name: /priya\.ramaswamy@example\.org/,
    });
    expect(added).toHaveTextContent("Not yet (password link not used)");

    // A duplicate email is said on the field.
    await user.type(within(form).getByLabelText("Name"), "Priya Again");
    await user.type(within(form).getByLabelText("Email"), "priya.ramaswamy@example.org");
    await user.click(within(form).getByRole("button", { name: "Add user" }));
    expect(await within(form).findByText("There is already an account with this email address.")).toBeInTheDocument();

    expect(await screen.findByRole("table", { name: "Latest sign-ins, newest first" })).toBeInTheDocument();
  });

  it("changes an account's role and disables it; refuses to disable yourself, saying why", async () => {
    await signInAs("admin@example.org");
    const { items } = await apiJson<{ items: AdminUser[] }>("/users");
    const lead = items.find((u) => u.email === "lead@example.org") as AdminUser;
    const me = items.find((u) => u.email === "admin@example.org") as AdminUser;
    const { user, history } = renderApp("/admin/users");
    const table = await screen.findByRole("table", { name: /^Accounts/ });
    await user.click(within(table).getByRole("link", { name: lead.name }));
    await waitFor(() => expect(currentUrl(history)).toBe(`/admin/users/${lead.id}`));
    const form = await screen.findByRole("form", { name: "Account details" });
    await user.selectOptions(within(form).getByLabelText("Role"), "Manager");
    await user.selectOptions(within(form).getByLabelText("Status"), "Disabled");
    await user.click(within(form).getByRole("button", { name: "Save account" }));
    expect(await screen.findByText(`${lead.name} is disabled and signed out everywhere.`)).toBeInTheDocument();
    const saved = await apiJson<AdminUser>(`/users/${lead.id}`);
    expect(saved).toMatchObject({ role: "manager", disabled: true });

    history.push(`/admin/users/${me.id}`);
    expect(await screen.findByRole("heading", { level: 1, name: me.name })).toBeInTheDocument();
    const mine = await screen.findByRole("form", { name: "Account details" });
    await user.selectOptions(within(mine).getByLabelText("Status"), "Disabled");
    await user.click(within(mine).getByRole("button", { name: "Save account" }));
    expect(await within(mine).findByRole("alert")).toHaveTextContent(/cannot disable your own account/);
    expect(within(mine).getByLabelText("Status")).toHaveValue("disabled");
  });

  it("resets a password after asking, showing the new link", async () => {
    await signInAs("admin@example.org");
    const { items } = await apiJson<{ items: AdminUser[] }>("/users");
    const events = items.find((u) => u.email === "events@example.org") as AdminUser;
    const { user } = renderApp(`/admin/users/${events.id}`);
    await user.click(await screen.findByRole("button", { name: "Reset password" }));
    const dialog = screen.getByRole("alertdialog", { name: `Reset ${events.name}'s password?` });
    await user.click(within(dialog).getByRole("button", { name: "Reset password" }));
    const link = (await screen.findByLabelText("Set-password link")) as HTMLInputElement;
    expect(link.value).toMatch(/\/set-password\?token=[\w-]{40,}$/);
    // The old password goes on working until the link is used; the sessions ended at once.
    expect(screen.getByText(/Pass this link on to/)).toBeInTheDocument();
  });

  it("turns off someone's two-step verification after asking, offered only when it is on", async () => {
    // The manager turns it on with their app (as the account page does).
    await signInAs("manager@example.org");
    const { secret } = await apiJson<{ secret: string }>("/auth/mfa/setup", { method: "POST" });
    await apiJson("/auth/mfa/enable", { method: "POST", body: JSON.stringify({ code: await generate({ secret }) }) });

    await signInAs("admin@example.org");
    const { items } = await apiJson<{ items: AdminUser[] }>("/users");
    const manager = items.find((u) => u.email === "manager@example.org") as AdminUser;
    const events = items.find((u) => u.email === "events@example.org") as AdminUser;
    const { user, unmount } = renderApp(`/admin/users/${manager.id}`);
    await user.click(await screen.findByRole("button", { name: "Turn off two-step verification" }));
    const dialog = screen.getByRole("alertdialog", { name: `Turn off ${manager.name}'s two-step verification?` });
    await user.click(within(dialog).getByRole("button", { name: "Turn off two-step verification" }));
    expect(
      await screen.findByText(
        `Two-step verification is off for ${manager.name}. They set it up again when they sign in.`,
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole("button", { name: "Turn off two-step verification" })).not.toBeInTheDocument(),
    );
    expect((await apiJson<AdminUser>(`/users/${manager.id}`)).mfa).toBe(false);

    // An account without it is not offered the button.
    unmount();
    renderApp(`/admin/users/${events.id}`);
    expect(await screen.findByRole("button", { name: "Reset password" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Turn off two-step verification" })).not.toBeInTheDocument();
  });

  it("keeps the page and its link from everyone but admin", async () => {
    await signInAs("manager@example.org");
    renderApp("/admin/users");
    expect(await screen.findByText("Only admin manages users.")).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Users" })).toBeNull();
  });
});
