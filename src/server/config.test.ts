import { describe, expect, it } from "vitest";
import { readConfig } from "./config";

describe("server configuration from the environment", () => {
  it("defaults to the embedded database with demo data, a suppression threshold of 5 and rounding to 5", () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: "127.0.0.1",
      seed: "demo",
      suppressionThreshold: 5,
      roundingBase: 5,
    });
    expect(config.databaseUrl).toBeUndefined();
  });

  it("reads PostgreSQL, no seed by default there, and a stricter threshold", () => {
    const config = readConfig({ DATABASE_URL: "postgres://x@127.0.0.1/db", SUPPRESSION_THRESHOLD: "10" });
    expect(config).toMatchObject({ databaseUrl: "postgres://x@127.0.0.1/db", seed: "none", suppressionThreshold: 10 });
  });

  it("refuses values that make no sense, saying which", () => {
    expect(() => readConfig({ PORT: "http" })).toThrow(/PORT/);
    expect(() => readConfig({ SEED: "lots" })).toThrow(/SEED/);
    expect(() => readConfig({ SUPPRESSION_THRESHOLD: "1" })).toThrow(/SUPPRESSION_THRESHOLD/);
    expect(() => readConfig({ SUPPRESSION_THRESHOLD: "five" })).toThrow(/SUPPRESSION_THRESHOLD/);
    // "fewer than 2" would say the count is 1.
    expect(() => readConfig({ SUPPRESSION_THRESHOLD: "2" })).toThrow(/from 3 to 100/);
    for (const bad of ["0", "11", "2.5", "five"])
      expect(() => readConfig({ ROUNDING_BASE: bad })).toThrow(/ROUNDING_BASE must be a whole number from 1 to 10/);
  });

  it("takes ROUNDING_BASE from 1 (no rounding) to 10", () => {
    expect(readConfig({ ROUNDING_BASE: "1" }).roundingBase).toBe(1);
    expect(readConfig({ ROUNDING_BASE: "10" }).roundingBase).toBe(10);
  });

  it("sets up single sign-on from OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET, with the callback on PUBLIC_URL", () => {
    expect(readConfig({}).singleSignOn).toBeUndefined();
    const oidc = {
      OIDC_ISSUER: "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0",
      OIDC_CLIENT_ID: "tracker",
      OIDC_CLIENT_SECRET: "secret",
    };
    expect(readConfig({ ...oidc, PUBLIC_URL: "https://involve.example.org" }).singleSignOn).toEqual({
      issuer: oidc.OIDC_ISSUER,
      clientId: "tracker",
      clientSecret: "secret",
      redirectUri: "https://involve.example.org/api/auth/oidc/callback",
    });
    expect(() => readConfig(oidc)).toThrow(/needs PUBLIC_URL/);
    expect(() => readConfig({ OIDC_ISSUER: oidc.OIDC_ISSUER, PUBLIC_URL: "https://involve.example.org" })).toThrow(
      /OIDC_CLIENT_ID, OIDC_CLIENT_SECRET missing/,
    );
    // Tokens cross that connection: plain http only to a provider on this machine.
    const withIssuer = (issuer: string) =>
      readConfig({ ...oidc, OIDC_ISSUER: issuer, PUBLIC_URL: "https://involve.example.org" });
    expect(() => withIssuer("http://login.example.org")).toThrow(/OIDC_ISSUER must be/);
    expect(withIssuer("http://127.0.0.1:4174").singleSignOn?.issuer).toBe("http://127.0.0.1:4174");
  });

  it("trusts a proxy's X-Forwarded- headers only with TRUST_PROXY=1", () => {
    expect(readConfig({}).trustProxy).toBe(false);
    expect(readConfig({ TRUST_PROXY: "1" }).trustProxy).toBe(true);
    expect(readConfig({ TRUST_PROXY: "0" }).trustProxy).toBe(false);
    expect(() => readConfig({ TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY must be 1/);
  });
});
