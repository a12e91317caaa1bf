/**
 * A cookie readable by the page that says only "a session may exist" (never the token).
 * The app checks it before asking /api/auth/me, so a signed-out visit makes no request
 * that must fail with 401. The server sets and clears it beside the HttpOnly session cookie.
 */
export const signedInHintCookie = "tracker_signed_in";
