import { type PublicAgenda, patientVoiceSpeakers } from "../../../shared/schemas/agenda";
import { involvementRoleLabels } from "../../../shared/schemas/involvement-plans";

/**
 * Met or not met, and why: the first thing the events team looks for. The patient voices are
 * named as the agenda names them ("Patient speaker (chair)" without consent to be named publicly).
 */
export function AgendaTargetBanner({ target }: { target: PublicAgenda }) {
  const voices = patientVoiceSpeakers(target.speakers);
  return (
    <div className={target.met ? "target target--met" : "target"}>
      <p className="target__verdict">Patient voice on the agenda: {target.met ? "met" : "not met"}</p>
      <p>
        {target.met
          ? `${voices.map((s) => `${s.publicName} (${involvementRoleLabels[s.role].toLowerCase()})`).join(", ")}.`
          : target.reason === "only invited, none confirmed"
            ? "Only invited, none confirmed: a patient, service user or carer is invited to speak but not yet confirmed."
            : "No patient voice yet: add a patient, service user or carer as chair, presenter, facilitator or panellist, and confirm them."}
      </p>
    </div>
  );
}
