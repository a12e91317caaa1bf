import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { useFlash } from "../../../components/ui/flash";
import { FormAlert } from "../../../components/ui/form-alert";
import { FormField } from "../../../components/ui/form-field";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard";
import { showProblemOnForm } from "../../../lib/form-errors";
import { changePasswordInput } from "../../../shared/schemas/user";
import { useChangePassword } from "../api/account";

const changePasswordForm = changePasswordInput
  .extend({ confirm: z.string() })
  .refine((values) => values.confirm === values.password, {
    path: ["confirm"],
    message: "The two new passwords differ",
  });
type ChangePasswordForm = z.infer<typeof changePasswordForm>;
const empty: ChangePasswordForm = { currentPassword: "", password: "", confirm: "" };

export function ChangePasswordForm() {
  const change = useChangePassword();
  const flash = useFlash();
  const form = useForm<ChangePasswordForm>({ resolver: zodResolver(changePasswordForm), defaultValues: empty });
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
        <FormField
          label="New password"
          hint="At least 12 characters. Not a common password, and not your email address."
          error={errors.password?.message}
          required
        >
          <input type="password" autoComplete="new-password" {...form.register("password")} />
        </FormField>
        <FormField label="New password again" error={errors.confirm?.message} required>
          <input type="password" autoComplete="new-password" {...form.register("confirm")} />
        </FormField>
        <button type="submit" className="button" disabled={isSubmitting}>
          Change password
        </button>
      </form>
    </section>
  );
}
