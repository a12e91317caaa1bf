import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";

/**
 * End-to-end tests: the production server, started exactly as `npm start` starts it
 * (build, then serve), on a fresh embedded database, driven in Debian's Chromium.
 *
 * This file is evaluated by the runner and again by each worker process. The runner
 * makes the temporary DATA_DIR and hands it on through the environment, so every
 * process agrees on one folder and only the runner removes it, when it exits (after
 * Playwright has stopped the server).
 */
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;
/** A real OpenID provider (oidc-provider) beside the app, for signing in with an organisation account. */
const idpPort = Number(process.env.E2E_IDP_PORT ?? port + 1);
const oidc = { OIDC_CLIENT_ID: "involvement-tracker", OIDC_CLIENT_SECRET: "e2e-client-secret" };

if (!process.env.E2E_DATA_DIR) {
  const dataDir = mkdtempSync(join(tmpdir(), "involvement-e2e-"));
  process.env.E2E_DATA_DIR = dataDir;
  process.on("exit", () => rmSync(dataDir, { recursive: true, force: true }));
}
const dataDir = process.env.E2E_DATA_DIR;

const ci = Boolean(process.env.CI);

export default defineConfig({
  testDir: "tests/e2e",
  // Two cores: the server, its database and the browser already share them.
  workers: 1,
  fullyParallel: false,
  retries: ci ? 1 : 0,
  forbidOnly: ci,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: ci ? [["line"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    locale: "en-GB",
    timezoneId: "Europe/London",
    browserName: "chromium",
    launchOptions: {
      // Debian's Chromium: never a downloaded browser (`playwright install` is not used).
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium" }],
  webServer: [
    {
      command: "npx tsx tests/setup/identity-provider-main.ts",
      url: `http://127.0.0.1:${idpPort}/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { IDP_PORT: String(idpPort), APP_URL: baseURL, ...oidc },
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: "npm start",
      url: `${baseURL}/api/health`,
      timeout: 180_000,
      reuseExistingServer: false,
      // DATABASE_URL is emptied so a PostgreSQL URL in the environment (CI's test:pg) is not used.
      env: {
        PORT: String(port),
        HOST: "127.0.0.1",
        DATA_DIR: dataDir,
        DATABASE_URL: "",
        SEED: "demo",
        PUBLIC_URL: baseURL,
        OIDC_ISSUER: `http://127.0.0.1:${idpPort}`,
        ...oidc,
      },
      stdout: "ignore",
      stderr: "pipe",
      // Playwright signals the whole process group (sh, npm, tsx, node): the server closes
      // its database cleanly on SIGTERM; anything still alive after 10 s gets SIGKILL.
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
  ],
});
