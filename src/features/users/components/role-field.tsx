import type { UseFormRegisterReturn } from "react-hook-form";
import { FormField } from "../../../components/ui/form-field";
import { Options } from "../../../components/ui/options";
import { roleLabels, roles } from "../../../shared/schemas/users";

/** An account's role, chosen from all of them. */
export function RoleField({ registration, error }: { registration: UseFormRegisterReturn; error: string | undefined }) {
  return (
    <FormField label="Role" error={error} required>
      <select {...registration}>
        <Options values={roles} labels={roleLabels} />
      </select>
    </FormField>
  );
}
