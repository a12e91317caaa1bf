import { useId } from "react";
import { z } from "zod";
import { FormAlert } from "../../../components/ui/form-alert";
import { FormField } from "../../../components/ui/form-field";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard";
import { useCreateForm } from "../../../components/ui/use-create-form";
import { calendarDate } from "../../../shared/calendar-date";
import { trainingFields } from "../../../shared/schemas/training";
import type { UserSummary } from "../../../shared/schemas/user";
import { useRecordTraining } from "../api/training";

/** The course the policy asks every member of staff to take; offered as a suggestion. */
export const mainCourse = "Working with patients and the public";

const formSchema = trainingFields.extend({
  userId: z.string().min(1, "Choose a member of staff").pipe(trainingFields.shape.userId),
});
type Values = z.input<typeof formSchema>;

const today = () => calendarDate(new Date());
const empty = (): Values => ({ userId: "", course: mainCourse, completedOn: today() });

export function RecordTrainingForm({ staff }: { staff: UserSummary[] }) {
  const record = useRecordTraining();
  const coursesId = useId();
  const { form, submit, shouldBlock } = useCreateForm({
    schema: formSchema,
    empty,
    save: async (values) => {
      await record.mutateAsync(values);
      const name = staff.find((member) => member.id === values.userId)?.name ?? "them";
      return `Recorded the training for ${name}.`;
    },
  });
  const { errors, isSubmitting } = form.formState;

  return (
    <form className="work-item-form" onSubmit={submit} noValidate aria-labelledby="record-training-title">
      <UnsavedChangesGuard shouldBlock={shouldBlock} />
      <h2 id="record-training-title">Record training</h2>
      <FormAlert message={errors.root?.message} />
      <div className="form-row">
        <FormField label="Member of staff" error={errors.userId?.message} required>
          <select {...form.register("userId")}>
            <option value="">Choose…</option>
            {staff.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="Completed on" error={errors.completedOn?.message} required>
          <input type="date" {...form.register("completedOn")} />
        </FormField>
      </div>
      <FormField label="Course" error={errors.course?.message} required>
        <input type="text" list={coursesId} {...form.register("course")} />
      </FormField>
      <datalist id={coursesId}>
        <option value={mainCourse} />
        <option value="Co-production in practice" />
        <option value="Plain-language writing for patients" />
      </datalist>
      <button type="submit" className="button" disabled={isSubmitting}>
        Record training
      </button>
    </form>
  );
}
