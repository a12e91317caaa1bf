import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { FormAlert } from "../../../components/ui/form-alert";
import { FormField } from "../../../components/ui/form-field";
import { SubmitButton } from "../../../components/ui/submit-button";
import { isProblem } from "../../../lib/api-client";
import { showProblemOnForm } from "../../../lib/form-errors";
import { formResolver } from "../../../lib/form-resolver";
import { type CodeInput, codeInput, type LoginInput, loginInput } from "../../../shared/schemas/users";
import { useSignIn, useVerifyCode } from "../api/session";

type Props = {
  onSignedIn: () => void;
  /** Demo build only: accounts a visitor can pick. */
  demoAccounts?: { email: string; role: string }[];
  demoPassword?: string;
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
  const form = useForm<LoginInput>({ resolver: formResolver(loginInput), defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    try {
      const result = await signIn.mutateAsync(values);
      if ("mfaRequired" in result) onCodeNeeded();
      else onSignedIn();
    } catch (error) {
      form.setError("root", {
        message: isProblem(error, 401)
          ? "The email address or password is not right."
          : isProblem(error)
            ? error.detail
            : "Could not sign in. Please try again.",
      });
    }
  });

  return (
    <form className="sign-in" onSubmit={submit} noValidate>
      {notice && !errors.root ? (
        <div className="form-alert form-alert--warning" role="alert">
          {notice}
        </div>
      ) : null}
      <FormAlert message={errors.root?.message} />
      <FormField label="Email" error={errors.email?.message} required>
        <input type="email" autoComplete="username" {...form.register("email")} />
      </FormField>
      <FormField label="Password" error={errors.password?.message} required>
        <input type="password" autoComplete="current-password" {...form.register("password")} />
      </FormField>
      <SubmitButton disabled={isSubmitting}>Sign in</SubmitButton>
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
                    form.setValue("email", account.email);
                    form.setValue("password", demoPassword);
                    void submit();
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
  const form = useForm<CodeInput>({ resolver: formResolver(codeInput), defaultValues: { code: "" } });
  const { errors, isSubmitting } = form.formState;
  // The page changed under the person's feet: take them to the one field there is.
  useEffect(() => form.setFocus("code"), [form]);
  const submit = form.handleSubmit(async ({ code }) => {
    try {
      await verify.mutateAsync(code);
      onSignedIn();
    } catch (error) {
      if (isProblem(error, 401)) onExpired(error.detail);
      else showProblemOnForm(form, error, (path) => (path === "code" ? "code" : undefined));
    }
  });
  return (
    <form className="sign-in" onSubmit={submit} noValidate aria-label="Two-step verification">
      <p>Your password is right. Now the code from your authenticator app.</p>
      <FormAlert message={errors.root?.message} />
      <FormField
        label="Code"
        hint="The 6-digit code from your authenticator app, or one of your recovery codes."
        error={errors.code?.message}
        required
      >
        <input type="text" autoComplete="one-time-code" {...form.register("code")} />
      </FormField>
      <SubmitButton disabled={isSubmitting}>Verify</SubmitButton>
    </form>
  );
}
