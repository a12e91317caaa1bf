import { describe, expect, it } from "vitest";
import { setupApi } from "../setup/api";

const api = setupApi();

describe("GET /api/openapi.json", () => {
  it("documents every endpoint as OpenAPI 3.1, with the shared schemas", async () => {
    const manager = await api.as("manager@example.org");
    const response = await manager.get("/api/openapi.json");
    expect(response.status).toBe(200);
    const doc = await response.json();
    expect(doc.openapi).toMatch(/^3\.1/);
    const operations = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual(
      [
        "GET /api/health",
        "GET /api/ready",
        "POST /api/auth/login",
        "POST /api/auth/logout",
        "GET /api/auth/me",
        "GET /api/teams",
        "GET /api/users",
        "POST /api/users",
        "GET /api/users/{id}",
        "GET /api/sign-ins",
        "PATCH /api/users/{id}",
        "POST /api/users/{id}/reset-password",
        "DELETE /api/users/{id}/sessions",
        "POST /api/auth/set-password",
        "POST /api/auth/password",
        "GET /api/auth/sessions",
        "DELETE /api/auth/sessions/{id}",
        "POST /api/auth/login/verify",
        "POST /api/auth/mfa/setup",
        "POST /api/auth/mfa/enable",
        "POST /api/auth/mfa/disable",
        "GET /api/auth/options",
        "GET /api/auth/oidc/start",
        "GET /api/auth/oidc/callback",
        "GET /api/work-items",
        "POST /api/work-items",
        "GET /api/work-items/{id}",
        "PATCH /api/work-items/{id}",
        "DELETE /api/work-items/{id}",
        "GET /api/work-items/{id}/plan",
        "PUT /api/work-items/{id}/plan",
        "GET /api/people",
        "POST /api/people",
        "GET /api/people/{id}",
        "PATCH /api/people/{id}",
        "DELETE /api/people/{id}",
        "GET /api/lived-experience-tags",
        "GET /api/involvements",
        "POST /api/involvements",
        "GET /api/involvements/{id}",
        "PATCH /api/involvements/{id}",
        "DELETE /api/involvements/{id}",
        "GET /api/feedback",
        "POST /api/feedback",
        "GET /api/feedback/{id}",
        "PATCH /api/feedback/{id}",
        "DELETE /api/feedback/{id}",
        "GET /api/library-enquiries",
        "GET /api/library-enquiries/by-month",
        "POST /api/library-enquiries",
        "GET /api/library-enquiries/{id}",
        "PATCH /api/library-enquiries/{id}",
        "DELETE /api/library-enquiries/{id}",
        "GET /api/training",
        "POST /api/training",
        "GET /api/training/{id}",
        "PATCH /api/training/{id}",
        "DELETE /api/training/{id}",
        "GET /api/work-items/{id}/sessions",
        "POST /api/work-items/{id}/sessions",
        "GET /api/sessions/{id}",
        "PATCH /api/sessions/{id}",
        "DELETE /api/sessions/{id}",
        "GET /api/work-items/{id}/agenda-target",
        "GET /api/work-items/{id}/public-agenda",
        "GET /api/work-items/{id}/event-details",
        "PUT /api/work-items/{id}/event-details",
        "GET /api/people/{id}/equality",
        "PUT /api/people/{id}/equality",
        "DELETE /api/people/{id}/equality",
        "GET /api/audit",
        "GET /api/export/audit.csv",
        "GET /api/people/{id}/consents/history",
        "GET /api/people/{id}/subject-access",
        "POST /api/people/{id}/erase",
        "GET /api/bursaries",
        "POST /api/bursaries",
        "GET /api/bursaries/{id}",
        "PATCH /api/bursaries/{id}",
        "DELETE /api/bursaries/{id}",
        "GET /api/work-items/{id}/bursary-summary",
        "GET /api/metrics/speaker-diversity",
        "GET /api/metrics/dashboard",
        "GET /api/metrics/charts",
        "GET /api/export/work-items.csv",
        "GET /api/export/people.csv",
        "GET /api/export/involvements.csv",
        "GET /api/export/bursaries.csv",
        "GET /api/export/feedback.csv",
      ].sort(),
    );
    const createBody = doc.paths["/api/work-items"].post.requestBody.content["application/json"].schema;
    expect(createBody.properties.title.maxLength).toBe(200);
    expect(createBody.properties.kind.enum).toContain("conference");
  });
});
