import type { AgendaTarget } from "../../../shared/schemas/agenda";
import { involvementRoleLabels } from "../../../shared/schemas/involvement-plans";

/** Met or not met, and why: the first thing the events team looks for. */
export function AgendaTargetBanner({ target }: { target: AgendaTarget }) {
  const voices = target.speakers.filter((speaker) => speaker.patientVoice);
  return (
    <div className={target.met ? "target target--met" : "target"}>
      <p className="target__verdict">Patient voice on the agenda: {target.met ? "met" : "not met"}</p>
      <p>
        {target.met
          ? `${voices.map((s) => `${s.name} (${involvementRoleLabels[s.role].toLowerCase()})`).join(", ")}.`
          : target.reason === "only invited, none confirmed"
            ? "Only invited, none confirmed: a patient, service user or carer is invited to speak but not yet confirmed."
            : "No patient voice yet: add a patient, service user or carer as chair, presenter, facilitator or panellist, and confirm them."}
      </p>
    </div>
  );
}
