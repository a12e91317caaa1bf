import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormAlert } from "../../../components/ui/form-alert";
import { FormField } from "../../../components/ui/form-field";
import { SubmitButton } from "../../../components/ui/submit-button";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard";
import { showProblemOnForm } from "../../../lib/form-errors";
import { formResolver } from "../../../lib/form-resolver";
import { type CreateUserInput, createUserInput } from "../../../shared/schemas/users";
import { useCreateAccount } from "../api/users";
import { PasswordLink } from "./password-link";
import { RoleField } from "./role-field";

const empty: CreateUserInput = { email: "", name: "", role: "lead" };

/** Adds an account; the person sets their own password through the link shown once here. */
export function AddAccountForm() {
  const create = useCreateAccount();
  const [made, setMade] = useState<{ url: string; name: string } | null>(null);
  const form = useForm<CreateUserInput>({ resolver: formResolver(createUserInput), defaultValues: empty });
  const { errors, isSubmitting, isDirty } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    try {
      const { user, setPasswordUrl } = await create.mutateAsync(values);
      form.reset(empty);
      setMade({ url: setPasswordUrl, name: user.name });
    } catch (error) {
      const shown = showProblemOnForm(form, error, (path) =>
        path === "email" || path === "name" || path === "role" ? path : undefined,
      );
      if (shown === "conflict")
        form.setError("email", { type: "server", message: "There is already an account with this email address." });
    }
  });

  return (
    <section className="work-item-form" aria-labelledby="add-account-title">
      <h2 id="add-account-title">Add a user</h2>
      <UnsavedChangesGuard shouldBlock={() => form.formState.isDirty} />
      {made ? <PasswordLink url={made.url} name={made.name} /> : null}
      <form onSubmit={submit} noValidate>
        <FormAlert message={errors.root?.message} />
        <FormField label="Name" error={errors.name?.message} required>
          <input type="text" autoComplete="off" {...form.register("name")} />
        </FormField>
        <FormField label="Email" error={errors.email?.message} required>
          <input type="email" autoComplete="off" {...form.register("email")} />
        </FormField>
        <RoleField registration={form.register("role")} error={errors.role?.message} />
        <SubmitButton disabled={isSubmitting || (!isDirty && !errors.root)}>Add user</SubmitButton>
      </form>
    </section>
  );
}
