import { screen, waitFor, within } from "@testing-library/react";
import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { currentUrl, demoPassword, renderApp, signInAs } from "../../../../tests/setup/render-app";

describe("Two-step verification", () => {
  it("is set up on Your account with a QR code, the key and a code; then sign-in asks for a code", async () => {
    await signInAs("events@example.org");
    const { user, history } = renderApp("/account");
    const section = await screen.findByRole("region", { name: "Two-step verification" }, { timeout: 20_000 });
    await user.click(await within(section).findByRole("button", { name: "Set up two-step verification" }));
    expect(await within(section).findByRole("img", { name: "QR code for your authenticator app" })).toHaveAttribute(
      "src",
      expect.stringMatching(/^data:image\/svg\+xml/),
    );
    const secret = (within(section).getByText(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/).textContent ?? "").replace(/ /g, "");
    expect(secret.length).toBeGreaterThanOrEqual(16);

    await user.type(within(section).getByLabelText("Code from the app"), "000000");
    await user.click(within(section).getByRole("button", { name: "Turn on" }));
    expect(await within(section).findByText(/That code is not right/)).toBeInTheDocument();
    await user.clear(within(section).getByLabelText("Code from the app"));
    const code = await generate({ secret });
    await user.type(within(section).getByLabelText("Code from the app"), code);
    await user.click(within(section).getByRole("button", { name: "Turn on" }));
    const codes = await within(section).findByRole("list", { name: "Recovery codes" });
    expect(within(codes).getAllByRole("listitem")).toHaveLength(10);
    await user.click(within(section).getByRole("button", { name: "I have kept them" }));
    expect(await within(section).findByText(/Two-step verification is on/)).toBeInTheDocument();

    // Signing in now takes the password, then a code.
    await user.click(within(screen.getByRole("banner")).getByRole("button", { name: "Sign out" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in" })).toBeInTheDocument();
    await user.type(screen.getByLabelText("Email"), "events@example.org");
    await user.type(screen.getByLabelText("Password"), demoPassword);
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    const step = await screen.findByRole("form", { name: "Two-step verification" });
    await waitFor(() => expect(within(step).getByLabelText("Code")).toHaveFocus());
    await user.type(within(step).getByLabelText("Code"), "111111");
    await user.click(within(step).getByRole("button", { name: "Verify" }));
    expect(await within(step).findByText(/That code is not right/)).toBeInTheDocument();
    await user.clear(within(step).getByLabelText("Code"));
    await user.type(within(step).getByLabelText("Code"), await generate({ secret }));
    await user.click(within(step).getByRole("button", { name: "Verify" }));
    // The events team lands on Needs attention.
    await waitFor(() => expect(currentUrl(history)).toBe("/attention"));
  });
});
