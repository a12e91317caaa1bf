import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useRef } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { useFlash } from "../../../components/ui/flash";
import { FormField } from "../../../components/ui/form-field";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard";
import { showProblemOnForm } from "../../../lib/form-errors";
import { trainingFields } from "../../../shared/schemas/library-enquiry";
import type { UserSummary } from "../../../shared/schemas/user";
import { useRecordTraining } from "../api/training";

/** The course the policy asks every member of staff to take; offered as a suggestion. */
export const mainCourse = "Working with patients and the public";

const formSchema = trainingFields.extend({
  userId: z.string().min(1, "Choose a member of staff").pipe(trainingFields.shape.userId),
});
type Values = z.input<typeof formSchema>;

const today = () => new Date().toISOString().slice(0, 10);
const empty = (): Values => ({ userId: "", course: mainCourse, completedOn: today() });

export function RecordTrainingForm({ staff }: { staff: UserSummary[] }) {
  const record = useRecordTraining();
  const flash = useFlash();
  const coursesId = useId();
  const form = useForm<Values, unknown, z.output<typeof formSchema>>({
    resolver: zodResolver(formSchema),
    defaultValues: empty(),
    mode: "onTouched",
  });
  const { errors, isDirty, isSubmitting } = form.formState;
  const dirty = useRef(isDirty);
  dirty.current = isDirty;

  const submit = form.handleSubmit(async (values) => {
    try {
      await record.mutateAsync(values);
      const name = staff.find((member) => member.id === values.userId)?.name ?? "them";
      form.reset(empty());
      flash.show(`Recorded the training for ${name}.`);
    } catch (error) {
      showProblemOnForm(form, error, (path) => (path in empty() ? (path as keyof Values) : undefined));
    }
  });

  return (
    <form className="work-item-form" onSubmit={submit} noValidate aria-labelledby="record-training-title">
      <UnsavedChangesGuard shouldBlock={() => dirty.current} />
      <h2 id="record-training-title">Record training</h2>
      {errors.root ? (
        <div className="form-alert" role="alert">
          {errors.root.message}
        </div>
      ) : null}
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
