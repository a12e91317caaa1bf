import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { apiJson, currentUrl, renderApp, signInAs } from "../../../tests/setup/render-app";
import type { Dashboard } from "../../shared/schemas/metrics";

describe("Dashboard: retention reviews due", () => {
  it("shows admin how many are due, linking to the Retention review page", async () => {
    await signInAs("admin@example.org");
    const { retentionDue } = await apiJson<Dashboard>("/metrics/dashboard");
    expect(retentionDue).toBeGreaterThan(0);
    const { user, history } = renderApp("/dashboard");
    const reviews = await screen.findByRole("complementary", { name: "Retention reviews" });
    const link = screen.getByRole("link", { name: `Retention reviews due: ${retentionDue}` });
    expect(reviews).toContainElement(link);
    await user.click(link);
    await waitFor(() => expect(currentUrl(history)).toBe("/admin/retention"));
    expect(await screen.findByRole("heading", { level: 1, name: "Retention review" })).toBeInTheDocument();
  });

  it("shows nothing of it to a manager", async () => {
    await signInAs("manager@example.org");
    renderApp("/dashboard");
    expect(await screen.findByRole("list", { name: "Headline figures" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: /Retention review/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("complementary", { name: "Retention reviews" })).not.toBeInTheDocument();
  });
});
