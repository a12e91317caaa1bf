import { generateKeyPairSync } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Configuration, KoaContextWithOIDC } from "oidc-provider";

/**
 * A real OpenID Connect provider (oidc-provider) on loopback, standing in for an organisation's
 * Microsoft Entra ID in tests. Its sign-in page takes any email, as a test directory would: the
 * provider then vouches for it (email_verified), except for the emails listed as unverified.
 */
export type IdentityProviderOptions = {
  port?: number;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** Emails the provider gives with email_verified: false. */
  unverifiedEmails?: string[];
  /** Put email in the ID token (as Entra ID does) rather than only at the userinfo endpoint. */
  emailInIdToken?: boolean;
};

export type IdentityProvider = { issuer: string; close: () => Promise<void> };

/** The provider's warnings that only say it is a test set-up (in-memory store, Node 20), kept out of test output. */
const expectedWarnings = [/Unsupported runtime/, /in-memory adapter/];

async function quietly<T>(make: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!expectedWarnings.some((pattern) => pattern.test(String(args[0])))) warn(...args);
  };
  try {
    return await make();
  } finally {
    console.warn = warn;
  }
}

const page = (title: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head>
<body><main><h1>${title}</h1>${body}</main></body></html>`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

export async function startIdentityProvider(options: IdentityProviderOptions): Promise<IdentityProvider> {
  const Provider = await quietly(async () => (await import("oidc-provider")).default);
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const unverified = new Set((options.unverifiedEmails ?? []).map((email) => email.toLowerCase()));
  const configuration: Configuration = {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: "jwk" }), kid: "test-key", use: "sig", alg: "RS256" }] },
    cookies: { keys: ["identity-provider-test-cookie-key"] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    conformIdTokenClaims: !options.emailInIdToken,
    // Lifetimes in seconds, given so the provider does not fall back to (and announce) its defaults.
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 3600, IdToken: 600, Interaction: 600, Session: 3600 },
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => true },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // The subject is stable per email (as a directory's object id would be); the email is the login.
    findAccount: (_ctx, accountId) => ({
      accountId,
      claims: () => ({
        sub: `subject-${accountId}`,
        email: accountId,
        email_verified: !unverified.has(accountId),
        name: accountId.split("@")[0],
      }),
    }),
    // Our own app: consent is implied (an organisation's admin grants it once, for everyone).
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const session = ctx.oidc.session;
      const client = ctx.oidc.client;
      if (!session?.accountId || !client) return undefined;
      const existing = session.grantIdFor(client.clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  };
  const provider = await quietly(async () => new Provider(issuer, configuration));
  const providerHandler = provider.callback();

  /** The provider's sign-in page, as plain and labelled as a real one should be. */
  const interaction = async (req: IncomingMessage, res: ServerResponse, uid: string, action: string | undefined) => {
    if (req.method === "GET" && !action) {
      await provider.interactionDetails(req, res);
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      res.end(
        page(
          "Organisation sign-in",
          `<form method="post" action="/interaction/${escapeHtml(uid)}/login">
<p><label for="email">Email</label> <input id="email" name="email" type="email" autocomplete="username" required></p>
<p><button type="submit">Sign in</button></p></form>
<form method="post" action="/interaction/${escapeHtml(uid)}/cancel"><p><button type="submit">Cancel</button></p></form>`,
        ),
      );
      return;
    }
    if (req.method === "POST" && action === "login") {
      const email = (await readForm(req)).get("email")?.trim().toLowerCase() ?? "";
      await provider.interactionFinished(req, res, { login: { accountId: email } }, { mergeWithLastSubmission: false });
      return;
    }
    if (req.method === "POST" && action === "cancel") {
      await provider.interactionFinished(
        req,
        res,
        { error: "access_denied", error_description: "The person cancelled the sign-in." },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    res.writeHead(404).end();
  };

  handle = (req, res) => {
    const match = /^\/interaction\/([\w-]+)(?:\/(\w+))?$/.exec(req.url ?? "");
    if (!match) return providerHandler(req, res);
    interaction(req, res, match[1] as string, match[2]).catch((error: unknown) => {
      res.writeHead(400, { "content-type": "text/plain" }).end(String(error));
    });
  };

  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
