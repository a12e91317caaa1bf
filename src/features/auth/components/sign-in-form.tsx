import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { FormField } from "../../../components/ui/form-field";
import { isProblem } from "../../../lib/api-client";
import { type LoginInput, loginInput } from "../../../shared/schemas/user";
import { useSignIn } from "../api/session";

type Props = {
  onSignedIn: () => void;
  /** Demo build only: accounts a visitor can pick. */
  demoAccounts?: { email: string; role: string }[];
  demoPassword?: string;
};

export function SignInForm({ onSignedIn, demoAccounts, demoPassword }: Props) {
  const signIn = useSignIn();
  const form = useForm<LoginInput>({ resolver: zodResolver(loginInput), defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    try {
      await signIn.mutateAsync(values);
      onSignedIn();
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
      {errors.root ? (
        <div className="form-alert" role="alert">
          {errors.root.message}
        </div>
      ) : null}
      <FormField label="Email" error={errors.email?.message} required>
        <input type="email" autoComplete="username" {...form.register("email")} />
      </FormField>
      <FormField label="Password" error={errors.password?.message} required>
        <input type="password" autoComplete="current-password" {...form.register("password")} />
      </FormField>
      <button type="submit" className="button" disabled={isSubmitting}>
        Sign in
      </button>
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
