import { useForm } from "react-hook-form";
import type { z } from "zod";
import { useFlash } from "../../../components/ui/flash";
import { FormAlert } from "../../../components/ui/form-alert";
import { FormField } from "../../../components/ui/form-field";
import { SubmitButton } from "../../../components/ui/submit-button";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard";
import { showProblemOnForm } from "../../../lib/form-errors";
import { formResolver } from "../../../lib/form-resolver";
import { changePasswordInput } from "../../../shared/schemas/users";
import { useChangePassword } from "../api/account";
import { confirmField, NewPasswordFields, passwordsMatch } from "./new-password-fields";

const changePasswordForm = changePasswordInput
  .extend(confirmField)
  .refine(...passwordsMatch("The two new passwords differ"));
type ChangePasswordForm = z.infer<typeof changePasswordForm>;
const empty: ChangePasswordForm = { currentPassword: "", password: "", confirm: "" };

export function ChangePasswordForm() {
  const change = useChangePassword();
  const flash = useFlash();
  const form = useForm<ChangePasswordForm>({ resolver: formResolver(changePasswordForm), defaultValues: empty });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ currentPassword, password }) => {
    try {
      await change.mutateAsync({ currentPassword, password });
      form.reset(empty);
      flash.show("Your password is changed. You are signed out everywhere else.");
    } catch (error) {
      showProblemOnForm(form, error, (path) => (path === "currentPassword" || path === "password" ? path : undefined));
    }
  });

  return (
    <section className="work-item-form" aria-labelledby="change-password-title">
      <h2 id="change-password-title">Change your password</h2>
      <UnsavedChangesGuard shouldBlock={() => form.formState.isDirty} />
      <form onSubmit={submit} noValidate>
        <FormAlert message={errors.root?.message} />
        <FormField label="Current password" error={errors.currentPassword?.message} required>
          <input type="password" autoComplete="current-password" {...form.register("currentPassword")} />
        </FormField>
        <NewPasswordFields password={form.register("password")} confirm={form.register("confirm")} errors={errors} />
        <SubmitButton disabled={isSubmitting}>Change password</SubmitButton>
      </form>
    </section>
  );
}
