import { usePageTitle } from "../../components/ui/page-title";
import { AttentionGroups } from "../../features/attention/components/attention-groups";

/** Needs attention: the landing page for leads and the events team, and everyone's to-do list. */
export function AttentionPage() {
  usePageTitle("Needs attention");
  return (
    <>
      <h1>Needs attention</h1>
      <AttentionGroups />
    </>
  );
}
