import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanUpAfterEach, lockPath, seededDataDir, startReady, tempDir, userAdd } from "./harness";

cleanUpAfterEach();

const password = "correct horse battery staple";
const login = (url: string, email: string, secret: string) =>
  fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: secret }),
  });

describe("npm run user:add", () => {
  it("creates an account on a fresh SEED=none database that signs in, and refuses while the server runs", async () => {
    // A folder that does not exist yet: the command creates the database (initdb +
    // migrations) and adds only this account.
    const dataDir = join(tempDir(), "data");
    const added = await userAdd(["--email", "New.Person@Example.org", "--name", "New Person", "--role", "admin"], {
      DATA_DIR: dataDir,
      USER_PASSWORD: password,
    });
    expect(added.code, added.output).toBe(0);
    expect(added.output).toContain("email: new.person@example.org");
    expect(added.output).toContain("role:  admin");
    expect(added.output).not.toContain(password);
    expect(existsSync(lockPath(dataDir))).toBe(false);

    const server = await startReady({ dataDir, seed: "none" });
    expect(server.output()).not.toContain("demo data seeded");
    const response = await login(server.url, "NEW.person@example.org", password);
    expect(response.status).toBe(200);
    const { user } = await response.json();
    expect(user).toMatchObject({
      email: "new.person@example.org",
      name: "New Person",
      role: "admin",
    });
    // No demo data came with it.
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const teams = await (await fetch(`${server.url}/api/teams`, { headers: { cookie } })).json();
    expect(teams.items).toEqual([]);
    // The account's making is in the audit, attributed to the command line.
    const audit = await (await fetch(`${server.url}/api/audit?resource=users`, { headers: { cookie } })).json();
    expect(audit.items).toContainEqual(
      expect.objectContaining({
        action: "create",
        resource: "users",
        actorId: null,
        actorName: "Command line (npm run user:add)",
        address: "command line",
        recordId: user.id,
      }),
    );

    // While the server holds the folder, the command refuses and changes nothing.
    const locked = await userAdd(["--email", "other@example.org", "--name", "Other", "--role", "lead"], {
      DATA_DIR: dataDir,
      USER_PASSWORD: password,
    });
    expect(locked.code).toBe(1);
    expect(locked.output).toContain(`Cannot add the user: The data folder ${dataDir} is in use by another process`);
    expect(existsSync(lockPath(dataDir))).toBe(true); // the server's lock is untouched
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  }, 60_000);

  it("refuses an email that is taken, whatever its case", async () => {
    const dataDir = await seededDataDir(); // holds the demo account lead@example.org
    const duplicate = await userAdd(["--email", "LEAD@example.org", "--name", "Again", "--role", "admin"], {
      DATA_DIR: dataDir,
      USER_PASSWORD: password,
    });
    expect(duplicate.code).toBe(1);
    expect(duplicate.output).toContain("A user with the email lead@example.org already exists");
    expect(existsSync(lockPath(dataDir))).toBe(false);
  }, 60_000);

  it("says which fields are wrong, and asks for a password when there is no terminal", async () => {
    const dataDir = join(tempDir(), "data");
    const invalid = await userAdd(["--email", "not-an-email", "--role", "boss"], { DATA_DIR: dataDir });
    expect(invalid.code).toBe(1);
    expect(invalid.output).toContain("--email: Enter a valid email address");
    expect(invalid.output).toContain("--name: missing");
    expect(invalid.output).toContain("--role: Must be one of: lead, events, manager, admin");

    const noPassword = await userAdd(["--email", "a@example.org", "--name", "A", "--role", "lead"], {
      DATA_DIR: dataDir,
    });
    expect(noPassword.code).toBe(1);
    expect(noPassword.output).toContain("No password: set USER_PASSWORD");

    const short = await userAdd(["--email", "a@example.org", "--name", "A", "--role", "lead"], {
      DATA_DIR: dataDir,
      USER_PASSWORD: "short",
    });
    expect(short.code).toBe(1);
    expect(short.output).toContain("USER_PASSWORD is not valid: Use at least 12 characters");
    expect(existsSync(dataDir)).toBe(false); // nothing was created
  }, 60_000);
});
