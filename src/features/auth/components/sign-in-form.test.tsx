import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { currentUrl, demoPassword, renderApp } from "../../../../tests/setup/render-app";

describe("Sign-in form", () => {
  it("shows each missing field's error on submit, focuses the first, and clears it as it is typed", async () => {
    const { user, history } = renderApp("/sign-in");
    await screen.findByRole("heading", { level: 1, name: "Sign in" });
    await user.click(screen.getByRole("button", { name: "Sign in" }));

    const email = screen.getByLabelText("Email");
    const password = screen.getByLabelText("Password");
    expect(email).toHaveAccessibleDescription(/Enter your email address$/);
    expect(password).toHaveAccessibleDescription(/Enter your password$/);
    expect(email).toHaveAttribute("aria-invalid", "true");
    expect(email).toHaveFocus();

    await user.type(email, "  manager@example.org ");
    expect(email).not.toHaveAttribute("aria-invalid");
    expect(password).toHaveAccessibleDescription(/Enter your password$/);

    await user.type(password, demoPassword);
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    await waitFor(() => expect(currentUrl(history)).toBe("/dashboard"));
  });

  it("says so when the email address or password is not right, keeping what was typed", async () => {
    const { user } = renderApp("/sign-in");
    await user.type(await screen.findByLabelText("Email"), "manager@example.org");
    await user.type(screen.getByLabelText("Password"), "not-the-password");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("The email address or password is not right.");
    expect(screen.getByLabelText("Email")).toHaveValue("manager@example.org");
  });
});
