import * as oidc from "openid-client";

/** OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, and the callback built on PUBLIC_URL. */
export type SingleSignOnSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** PUBLIC_URL/api/auth/oidc/callback: registered with the identity provider, exactly. */
  redirectUri: string;
};

/** What the browser must bring back: kept on the server, never sent to the provider but as a hash or echo. */
type SignOnChecks = { state: string; nonce: string; codeVerifier: string };

/** Who the identity provider says signed in. The email counts only when the provider vouches for it. */
type ProviderIdentity = { subject: string; email: string | undefined; emailVerified: boolean };

/**
 * The OpenID Connect relying party (openid-client): authorization code flow with PKCE (S256),
 * state and nonce. The provider's metadata is discovered on first use and kept; a failed discovery
 * is tried again next time, so the app starts even while the provider is away.
 */
export function singleSignOnClient(settings: SingleSignOnSettings) {
  const issuer = new URL(settings.issuer);
  let configuration: Promise<oidc.Configuration> | undefined;
  const configure = () => {
    configuration ??= oidc
      .discovery(issuer, settings.clientId, settings.clientSecret, undefined, {
        // Plain http is accepted by config only for a provider on this machine (tests, development).
        ...(issuer.protocol === "http:" ? { execute: [oidc.allowInsecureRequests] } : {}),
        timeout: 10,
      })
      .catch((error: unknown) => {
        configuration = undefined;
        throw error;
      });
    return configuration;
  };

  return {
    /** Where to send the browser to sign in at the provider, and the fresh checks its answer must pass. */
    async start(): Promise<{ url: URL; checks: SignOnChecks }> {
      const config = await configure();
      const checks = {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        codeVerifier: oidc.randomPKCECodeVerifier(),
      };
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri,
        scope: "openid email profile",
        response_type: "code",
        code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
        code_challenge_method: "S256",
        state: checks.state,
        nonce: checks.nonce,
      });
      return { url, checks };
    },

    /**
     * The provider's answer at the callback: the code exchanged (with the PKCE verifier), state,
     * nonce, issuer, audience, expiry and signature of the ID token checked by openid-client.
     * Throws on anything wrong, including an error the provider sent back.
     */
    async finish(callbackParams: URLSearchParams, checks: SignOnChecks): Promise<ProviderIdentity> {
      const config = await configure();
      const callbackUrl = new URL(settings.redirectUri);
      callbackUrl.search = callbackParams.toString();
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error("The provider sent no ID token.");
      // Microsoft Entra ID vouches with xms_edov (the email's domain is verified by its owner).
      if (typeof claims.email === "string")
        return identity(claims.sub, claims.email, claims.email_verified === true || claims.xms_edov === true);
      // Providers that keep the email out of the ID token give it at the userinfo endpoint.
      const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
      return identity(claims.sub, info.email, info.email_verified === true);
    },
  };
}

const identity = (subject: string, email: unknown, emailVerified: boolean): ProviderIdentity => ({
  subject,
  email: typeof email === "string" ? email.trim().toLowerCase() : undefined,
  emailVerified,
});

export type SingleSignOnClient = ReturnType<typeof singleSignOnClient>;
