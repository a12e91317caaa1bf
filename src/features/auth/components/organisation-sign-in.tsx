import { useQuery } from "@tanstack/react-query";
import { apiHref } from "../../../lib/api/client";
import type { SignOnRefusal } from "../../../shared/schemas/users";
import { signInOptionsQuery } from "../api/session";

const refusals: Record<SignOnRefusal, { title: string; text: string }> = {
  "no-account": {
    title: "There is no account here for your organisation account",
    text: "Your organisation signed you in, but no active account here has that email address, and accounts are not made by signing in. Please ask an admin to add you, or to turn your account back on.",
  },
  failed: {
    title: "Signing in with your organisation account did not finish",
    text: "It was cancelled, took too long, or was opened in another browser. Try again, or sign in with your email and password.",
  },
};

export function SignOnRefused({ reason }: { reason: SignOnRefusal }) {
  const { title, text } = refusals[reason];
  return (
    <div className="form-alert" role="alert">
      <p>
        <strong>{title}</strong>
      </p>
      <p>{text}</p>
    </div>
  );
}

/**
 * "Sign in with your organisation account", where an identity provider is connected: a link (it
 * leaves for the provider's page, and the browser comes back as a whole page), so it is never
 * taken for the password form's "Sign in" button.
 */
export function OrganisationSignIn({ returnTo }: { returnTo: string }) {
  const options = useQuery(signInOptionsQuery());
  if (!options.data?.singleSignOn) return null;
  return (
    <div className="sign-in__organisation">
      <a className="button button--secondary" href={apiHref("/auth/oidc/start", { returnTo })}>
        Sign in with your organisation account
      </a>
      <p className="sign-in__or">Or with your email and password:</p>
    </div>
  );
}
