import { useForm } from "react-hook-form";
import { z } from "zod";
import { useFlash } from "../../../components/ui/flash";
import { FormAlert } from "../../../components/ui/form-alert";
import { FormField } from "../../../components/ui/form-field";
import { SubmitButton } from "../../../components/ui/submit-button";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard";
import { isProblem } from "../../../lib/api-client";
import { showProblemOnForm } from "../../../lib/form-errors";
import { formResolver } from "../../../lib/form-resolver";
import { type AdminUser, role, updateUserInput } from "../../../shared/schemas/users";
import { useUpdateAccount } from "../api/users";
import { RoleField } from "./role-field";

// The form's view of the shared schema: status as a choice of two, sent as `disabled`.
const accountForm = z.object({
  name: updateUserInput.shape.name.unwrap(),
  role,
  status: z.enum(["active", "disabled"]),
});
type AccountForm = z.infer<typeof accountForm>;

const valuesOf = (account: AdminUser): AccountForm => ({
  name: account.name,
  role: account.role,
  status: account.disabled ? "disabled" : "active",
});

/** An account's name, role and status, saved with the version last read. */
export function AccountForm({ account }: { account: AdminUser }) {
  const update = useUpdateAccount(account.id);
  const flash = useFlash();
  const form = useForm<AccountForm>({ resolver: formResolver(accountForm), values: valuesOf(account) });
  const { errors, isSubmitting, isDirty } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    try {
      const saved = await update.mutateAsync({
        name: values.name,
        role: values.role,
        disabled: values.status === "disabled",
        version: account.version,
      });
      form.reset(valuesOf(saved));
      flash.show(
        saved.disabled && !account.disabled ? `${saved.name} is disabled and signed out everywhere.` : "Account saved.",
      );
    } catch (error) {
      // A 409 here is either a stale version or a rule about admins: the API says which, in words.
      if (isProblem(error, 409)) form.setError("root", { type: "server", message: error.detail });
      else showProblemOnForm(form, error, (path) => (path === "name" || path === "role" ? path : undefined));
    }
  });

  return (
    <form className="work-item-form" onSubmit={submit} noValidate aria-label="Account details">
      <UnsavedChangesGuard shouldBlock={() => form.formState.isDirty} />
      <FormAlert message={errors.root?.message} />
      <FormField label="Name" error={errors.name?.message} required>
        <input type="text" autoComplete="off" {...form.register("name")} />
      </FormField>
      <RoleField registration={form.register("role")} error={errors.role?.message} />
      <FormField
        label="Status"
        hint="A disabled account cannot sign in, and is signed out everywhere at once. Its history stays."
        required
      >
        <select {...form.register("status")}>
          <option value="active">Active</option>
          <option value="disabled">Disabled</option>
        </select>
      </FormField>
      <SubmitButton disabled={isSubmitting || !isDirty}>Save account</SubmitButton>
    </form>
  );
}
