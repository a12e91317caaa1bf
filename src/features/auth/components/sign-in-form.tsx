import { type FormEvent, useEffect, useRef, useState } from "react";
import { FormAlert } from "../../../components/ui/form-alert";
import { FormField } from "../../../components/ui/form-field";
import { SubmitButton } from "../../../components/ui/submit-button";
import { isProblem } from "../../../lib/api-client";
import type { FieldError } from "../../../shared/schemas/common";
import { checkCode, checkLogin } from "../../../shared/sign-in-input";
import { useSignIn, useVerifyCode } from "../api/session";

/*
 * Plain React state, not react-hook-form and a zod resolver as the other forms: the sign-in page
 * is the first page anyone loads, and those two libraries would add half as much again to it
 * (docs/decisions/017-first-load-and-quiet-main-thread.md). The rules are the API's own (sign-in-input.ts).
 */

type Props = {
  onSignedIn: () => void;
  /** Demo build only: accounts a visitor can pick. */
  demoAccounts?: { email: string; role: string }[];
  demoPassword?: string;
};

type Errors = Partial<Record<string, string>>;

const errorsOf = (list: FieldError[]): Errors =>
  Object.fromEntries(list.map(({ path, message }) => [path, message]).reverse());

/** A form's field errors: shown on submit, then checked again as the person corrects them (as react-hook-form does). */
function useChecked<T>(check: (form: HTMLFormElement) => { value: T; errors: FieldError[] }) {
  const [errors, setErrors] = useState<Errors>({});
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  /** Checks the form; on errors, shows them and focuses the first field in error. */
  const validate = (form: HTMLFormElement): T | undefined => {
    setSubmitted(true);
    const { value, errors: found } = check(form);
    setErrors(errorsOf(found));
    const first = found[0];
    if (!first) return value;
    form.querySelector<HTMLInputElement>(`[name="${first.path}"]`)?.focus();
    return undefined;
  };
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    if (!submitted) return;
    const found = errorsOf(check(event.currentTarget).errors);
    // Only the fields' own errors are checked again; a message from the server stays until the next submit.
    setErrors((shown) => ({ ...found, root: shown.root }));
  };
  return { errors, setErrors, busy, setBusy, validate, onChange };
}

const text = (form: HTMLFormElement, name: string) => {
  const value = new FormData(form).get(name);
  return typeof value === "string" ? value : "";
};

export function SignInForm(props: Props) {
  // With two-step verification, a right password leads to a second step: the code.
  const [step, setStep] = useState<"password" | "code">("password");
  const [expired, setExpired] = useState<string | undefined>();
  if (step === "code")
    return (
      <CodeStep
        onSignedIn={props.onSignedIn}
        onExpired={(message) => {
          setExpired(message);
          setStep("password");
        }}
      />
    );
  return <PasswordStep {...props} notice={expired} onCodeNeeded={() => setStep("code")} />;
}

function PasswordStep({
  onSignedIn,
  demoAccounts,
  demoPassword,
  notice,
  onCodeNeeded,
}: Props & { notice: string | undefined; onCodeNeeded: () => void }) {
  const signIn = useSignIn();
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, setErrors, busy, setBusy, validate, onChange } = useChecked((form) =>
    checkLogin({ email: text(form, "email"), password: text(form, "password") }),
  );

  const send = async (form: HTMLFormElement) => {
    const values = validate(form);
    if (!values) return;
    setBusy(true);
    try {
      const result = await signIn.mutateAsync(values);
      if ("mfaRequired" in result) onCodeNeeded();
      else onSignedIn();
    } catch (error) {
      setErrors({
        root: isProblem(error, 401)
          ? "The email address or password is not right."
          : isProblem(error)
            ? error.detail
            : "Could not sign in. Please try again.",
      });
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send(event.currentTarget);
  };

  return (
    <form className="sign-in" ref={formRef} onSubmit={submit} onChange={onChange} noValidate>
      {notice && !errors.root ? (
        <div className="form-alert form-alert--warning" role="alert">
          {notice}
        </div>
      ) : null}
      <FormAlert message={errors.root} />
      <FormField label="Email" error={errors.email} required>
        <input type="email" name="email" autoComplete="username" />
      </FormField>
      <FormField label="Password" error={errors.password} required>
        <input type="password" name="password" autoComplete="current-password" />
      </FormField>
      <SubmitButton disabled={busy}>Sign in</SubmitButton>
      {demoAccounts && demoPassword ? (
        <section className="demo-accounts" aria-labelledby="demo-accounts-title">
          <h2 id="demo-accounts-title">Demo accounts</h2>
          <p>This is a demo: the data is invented and lives only in this browser tab.</p>
          <ul>
            {demoAccounts.map((account) => (
              <li key={account.email}>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    const form = formRef.current;
                    const fields = form?.elements;
                    const email = fields?.namedItem("email");
                    const password = fields?.namedItem("password");
                    if (!form || !(email instanceof HTMLInputElement) || !(password instanceof HTMLInputElement))
                      return;
                    email.value = account.email;
                    password.value = demoPassword;
                    void send(form);
                  }}
                >
                  Sign in as {account.role}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </form>
  );
}

function CodeStep({ onSignedIn, onExpired }: { onSignedIn: () => void; onExpired: (message: string) => void }) {
  const verify = useVerifyCode();
  const codeRef = useRef<HTMLInputElement>(null);
  const { errors, setErrors, busy, setBusy, validate, onChange } = useChecked((form) =>
    checkCode({ code: text(form, "code") }),
  );
  // The page changed under the person's feet: take them to the one field there is.
  useEffect(() => codeRef.current?.focus(), []);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = validate(event.currentTarget);
    if (!values) return;
    setBusy(true);
    try {
      await verify.mutateAsync(values.code);
      onSignedIn();
    } catch (error) {
      if (isProblem(error, 401)) onExpired(error.detail);
      else if (isProblem(error) && error.errors.length) {
        // The code's own errors on its field; anything else above the form.
        setErrors(errorsOf(error.errors.map((e) => (e.path === "code" ? e : { ...e, path: "root" }))));
        codeRef.current?.focus();
      } else setErrors({ root: isProblem(error) ? error.detail : "Could not sign in. Please try again." });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="sign-in" onSubmit={submit} onChange={onChange} noValidate aria-label="Two-step verification">
      <p>Your password is right. Now the code from your authenticator app.</p>
      <FormAlert message={errors.root} />
      <FormField
        label="Code"
        hint="The 6-digit code from your authenticator app, or one of your recovery codes."
        error={errors.code}
        required
      >
        <input type="text" name="code" ref={codeRef} autoComplete="one-time-code" />
      </FormField>
      <SubmitButton disabled={busy}>Verify</SubmitButton>
    </form>
  );
}
