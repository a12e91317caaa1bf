import { useId } from "react";
import { z } from "zod";
import { CreateForm } from "../../../components/ui/create-form";
import { FormField } from "../../../components/ui/form-field";
import { NamedOptions } from "../../../components/ui/options";
import { useCreateForm } from "../../../components/ui/use-create-form";
import { calendarDate } from "../../../shared/calendar-date";
import { trainingFields } from "../../../shared/schemas/training";
import type { UserSummary } from "../../../shared/schemas/users";
import { useRecordTraining } from "../api/training";

/** The course the policy asks every member of staff to take; offered as a suggestion. */
const mainCourse = "Working with patients and the public";

const formSchema = trainingFields.extend({
  userId: z.string().min(1, "Choose a member of staff").pipe(trainingFields.shape.userId),
});
type Values = z.input<typeof formSchema>;

const today = () => calendarDate(new Date());
const empty = (): Values => ({ userId: "", course: mainCourse, completedOn: today() });

export function RecordTrainingForm({ staff }: { staff: UserSummary[] }) {
  const record = useRecordTraining();
  const coursesId = useId();
  const { form, frame } = useCreateForm({
    schema: formSchema,
    empty,
    save: async (values) => {
      await record.mutateAsync(values);
      const name = staff.find((member) => member.id === values.userId)?.name ?? "them";
      return `Recorded the training for ${name}.`;
    },
  });
  const { errors } = form.formState;

  return (
    <CreateForm frame={frame} title="Record training" submitLabel="Record training" standalone>
      <div className="form-row">
        <FormField label="Member of staff" error={errors.userId?.message} required>
          <select {...form.register("userId")}>
            <option value="">Choose…</option>
            <NamedOptions items={staff} />
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
    </CreateForm>
  );
}
