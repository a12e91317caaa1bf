import { describe, expect, it } from "vitest";
import { allows, isPermission, type Permission, permissionTable } from "../../src/shared/permissions";
import { roles } from "../../src/shared/schemas/users";
import { type Client, setupApi } from "../setup/api";

/**
 * The authorisation table, walked through the published API: every operation in
 * /api/openapi.json, as each role and signed out, answers as src/shared/permissions.ts says.
 * A route added without a permission stops the app from starting, and fails here too.
 */
const api = setupApi();
const emails = {
  lead: "lead@example.org",
  events: "events@example.org",
  manager: "manager@example.org",
  admin: "admin@example.org",
};
const noSuchId = "00000000-0000-4000-8000-000000000000";

type Operation = { method: string; path: string; permission: Permission };

async function publishedOperations(): Promise<Operation[]> {
  const admin = await api.as(emails.admin);
  const doc = await (await admin.get("/api/openapi.json")).json();
  const operations: Operation[] = [{ method: "GET", path: "/api/openapi.json", permission: "apiDocument.read" }];
  for (const [path, methods] of Object.entries(doc.paths as Record<string, Record<string, Record<string, unknown>>>))
    for (const [method, operation] of Object.entries(methods)) {
      const permission = operation["x-permission"];
      expect(isPermission(permission), `${method.toUpperCase()} ${path} names a permission in the table`).toBe(true);
      operations.push({ method: method.toUpperCase(), path, permission: permission as Permission });
    }
  return operations;
}

describe("the authorisation table", () => {
  it("names a permission for every operation, and every entry in the table is used", async () => {
    const operations = await publishedOperations();
    expect(operations.length).toBeGreaterThan(80);
    const used = new Set(operations.map((operation) => operation.permission));
    const entries = Object.entries(permissionTable).flatMap(([resource, actions]) =>
      Object.keys(actions).map((action) => `${resource}.${action}`),
    );
    expect(entries.filter((entry) => !used.has(entry as Permission))).toEqual([]);
  });

  it("keeps the rules that matter whatever the table says elsewhere: managers change nothing, admin alone reads accounts and records", async () => {
    const operations = await publishedOperations();
    const ownOrSignIn = new Set<Permission>(["ownAccount.update", "signIn.use"]);
    for (const operation of operations) {
      if (["POST", "PUT", "PATCH", "DELETE"].includes(operation.method) && !ownOrSignIn.has(operation.permission))
        expect(allows(operation.permission, "manager"), `${operation.method} ${operation.path}`).toBe(false);
    }
    for (const permission of [
      "users.read",
      "users.create",
      "users.update",
      "signIns.read",
      "audit.read",
      "equality.read",
    ] as const)
      expect(
        roles.filter((role) => allows(permission, role)),
        permission,
      ).toEqual(["admin"]);
    for (const permission of operations.map((operation) => operation.permission))
      if (!permission.startsWith("health.") && !permission.startsWith("signIn."))
        expect(allows(permission, null), permission).toBe(false);
  });

  it("is what every operation answers, for each role and signed out", { timeout: 120_000 }, async () => {
    const operations = await publishedOperations();
    const shared = new Map<string, Client>();
    for (const role of roles) shared.set(role, await api.as(emails[role]));
    const mismatches: string[] = [];
    for (const operation of operations) {
      const path = operation.path.replace(/\{[^}]+\}/g, noSuchId);
      const body = ["POST", "PUT", "PATCH"].includes(operation.method) ? {} : undefined;
      for (const who of [...roles, null]) {
        // Your own account's changes (sign out, end a session) get a session of their own.
        const client =
          who === null
            ? api.anonymous
            : operation.permission === "ownAccount.update"
              ? await api.as(emails[who])
              : (shared.get(who) as Client);
        const { status } = await client.request(operation.method, path, body);
        const allowed = allows(operation.permission, who);
        const public_ = allows(operation.permission, null);
        const expected = allowed
          ? public_
            ? status !== 403 && status < 500
            : status !== 401 && status !== 403 && status < 500
          : status === (who === null ? 401 : 403);
        if (!expected)
          mismatches.push(
            `${operation.method} ${operation.path} as ${who ?? "signed out"}: ${status} (${operation.permission} ${allowed ? "allows" : "refuses"})`,
          );
      }
    }
    expect(mismatches).toEqual([]);
  });
});
