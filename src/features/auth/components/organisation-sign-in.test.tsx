import { screen } from "@testing-library/react";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { server } from "../../../../tests/setup/msw";
import { apiPath, renderApp } from "../../../../tests/setup/render-app";

describe("Signing in with an organisation account", () => {
  it("is offered only where an identity provider is connected", async () => {
    const answered = new Promise<boolean>((resolve) => {
      server.events.on("response:mocked", async ({ request, response }) => {
        if (new URL(request.url).pathname === apiPath("/auth/options"))
          resolve((await response.clone().json()).singleSignOn);
      });
    });
    renderApp("/sign-in");
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in" }, { timeout: 20_000 })).toBeVisible();
    // The app without OIDC_ISSUER says no; once that answer is in, the page has drawn what it will.
    expect(await answered).toBe(false);
    await screen.findByRole("button", { name: "Sign in" });
    expect(screen.queryByRole("link", { name: "Sign in with your organisation account" })).not.toBeInTheDocument();
  });

  it("goes to the provider as a whole page, to come back to the page that was asked for", async () => {
    // The API's answer where OIDC_ISSUER is set (the flow itself is tested against a real identity provider in the API suite).
    server.use(http.get(apiPath("/auth/options"), () => HttpResponse.json({ singleSignOn: true })));
    renderApp("/sign-in?redirect=%2Fpeople");
    const link = await screen.findByRole(
      "link",
      { name: "Sign in with your organisation account" },
      {
        timeout: 20_000,
      },
    );
    expect(link).toHaveAttribute("href", apiPath("/auth/oidc/start?returnTo=%2Fpeople"));
    // Not a second "Sign in" button: the password form's stays the only one.
    expect(screen.getAllByRole("button", { name: /sign in/i })).toHaveLength(1);
    // The password form stays for accounts that have one.
    expect(screen.getByLabelText("Password")).toBeInTheDocument();
  });

  it("says to ask an admin when there is no account for the organisation's email", async () => {
    renderApp("/sign-in?sso=no-account");
    const alert = await screen.findByRole("alert", {}, { timeout: 20_000 });
    expect(alert).toHaveTextContent("There is no account here for your organisation account");
    expect(alert).toHaveTextContent("Please ask an admin to add you");
  });

  it("says when a sign-in with the organisation account did not finish", async () => {
    renderApp("/sign-in?sso=failed");
    expect(await screen.findByRole("alert", {}, { timeout: 20_000 })).toHaveTextContent(
      "Signing in with your organisation account did not finish",
    );
  });
});
