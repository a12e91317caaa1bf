import type { Context } from "hono";

/** What the server knows of where it is deployed (PUBLIC_URL, TRUST_PROXY). */
type Deployment = { publicUrl?: string | undefined; trustProxy?: boolean | undefined };

const baseSessionCookie = "tracker_session";

/**
 * The session cookie's name: `__Host-` on https, so the browser takes it only from this host,
 * with Secure, for the whole site (no subdomain can set or shadow it).
 */
export const sessionCookieName = (deployment: Deployment) =>
  deployment.publicUrl?.startsWith("https:") ? `__Host-${baseSessionCookie}` : baseSessionCookie;

/** The first value of a header that may repeat as a comma list, trimmed. */
const firstOf = (value: string | undefined) => value?.split(",")[0]?.trim() || undefined;

/**
 * Whether the browser reached us over https: PUBLIC_URL says so; else a trusted proxy's
 * X-Forwarded-Proto; else the connection itself. Cookies are Secure when it is.
 */
export function isHttps(c: Context, deployment: Deployment): boolean {
  if (deployment.publicUrl) return deployment.publicUrl.startsWith("https:");
  const forwarded = deployment.trustProxy ? firstOf(c.req.header("x-forwarded-proto")) : undefined;
  return (forwarded ?? new URL(c.req.url).protocol.replace(":", "")) === "https";
}

/**
 * The client's address. Behind a trusted proxy (TRUST_PROXY=1), the last X-Forwarded-For entry:
 * the one our proxy added; entries before it were sent by the client and prove nothing.
 * Otherwise the socket's address, and the header is ignored.
 */
export function clientAddressOf(c: Context, deployment: Deployment, socketAddress: string | undefined): string {
  if (deployment.trustProxy) {
    const entries = (c.req.header("x-forwarded-for") ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    const last = entries.at(-1);
    if (last) return last;
  }
  return socketAddress ?? "unknown";
}

/**
 * Whether an Origin header names this app: PUBLIC_URL exactly; without it, the request's own host
 * (the scheme is left aside there, since a proxy may end TLS without saying so).
 */
export function isOwnOrigin(origin: string, c: Context, deployment: Deployment): boolean {
  if (deployment.publicUrl) return origin === deployment.publicUrl;
  if (!URL.canParse(origin)) return false;
  return new URL(origin).host === (c.req.header("host") ?? new URL(c.req.url).host);
}
