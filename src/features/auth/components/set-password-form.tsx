import { useForm } from "react-hook-form";
import { z } from "zod";
import { FormAlert } from "../../../components/ui/form-alert";
import { SubmitButton } from "../../../components/ui/submit-button";
import { isProblem } from "../../../lib/api-client";
import { showProblemOnForm } from "../../../lib/form-errors";
import { formResolver } from "../../../lib/form-resolver";
import { newPassword } from "../../../shared/schemas/users";
import { useSetPassword } from "../api/account";
import { confirmField, NewPasswordFields, passwordsMatch } from "./new-password-fields";

const setPasswordForm = z
  .object({ password: newPassword, ...confirmField })
  .refine(...passwordsMatch("The two passwords differ"));
type SetPasswordForm = z.infer<typeof setPasswordForm>;

/** Sets a password with the token from a single-use link; a used or expired link says so. */
export function SetPasswordForm({ token, onDone }: { token: string; onDone: () => void }) {
  const setPassword = useSetPassword();
  const form = useForm<SetPasswordForm>({
    resolver: formResolver(setPasswordForm),
    defaultValues: { password: "", confirm: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ password }) => {
    try {
      await setPassword.mutateAsync({ token, password });
      onDone();
    } catch (error) {
      // The link itself is wrong (used, expired): nothing on the page can fix it.
      if (isProblem(error, 400))
        form.setError("root", { type: "server", message: error.errors[0]?.message ?? error.detail });
      else showProblemOnForm(form, error, (path) => (path === "password" ? path : undefined));
    }
  });

  return (
    <form className="sign-in" onSubmit={submit} noValidate>
      <FormAlert message={errors.root?.message} />
      <NewPasswordFields password={form.register("password")} confirm={form.register("confirm")} errors={errors} />
      <SubmitButton disabled={isSubmitting}>Set password</SubmitButton>
    </form>
  );
}
