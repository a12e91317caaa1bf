/**
 * The identity provider for the end-to-end tests, started by Playwright beside the app
 * (playwright.config.ts): `tsx tests/setup/identity-provider-main.ts`.
 */
import { startIdentityProvider } from "./identity-provider";

const port = Number(process.env.IDP_PORT ?? 4174);
const appUrl = process.env.APP_URL ?? "http://127.0.0.1:4173";
const provider = await startIdentityProvider({
  port,
  clientId: process.env.OIDC_CLIENT_ID ?? "involvement-tracker",
  clientSecret: process.env.OIDC_CLIENT_SECRET ?? "e2e-client-secret",
  redirectUri: `${appUrl}/api/auth/oidc/callback`,
});
console.log(`Test identity provider at ${provider.issuer}`);
for (const signal of ["SIGTERM", "SIGINT"] as const)
  process.on(signal, () => {
    void provider.close().then(() => process.exit(0));
  });
