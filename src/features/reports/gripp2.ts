import { z } from "zod";
import {
  type InvolvementPlan,
  type InvolvementRole,
  involvementLevelLabels,
  involvementRoleLabels,
} from "../../shared/schemas/involvement-plans";
import { type Involvement, supportLabels } from "../../shared/schemas/involvements";
import type { WorkItemKind } from "../../shared/schemas/work-items";

/** The kinds of work that are written up, and so get a GRIPP2 short form. */
const gripp2Kinds: readonly WorkItemKind[] = ["research", "publication", "blog"];
export const hasGripp2 = (kind: WorkItemKind) => gripp2Kinds.includes(kind);

/** The five items of the GRIPP2 short form, in its order, with what each asks for. */
export const gripp2Sections = [
  {
    key: "aim",
    label: "Aim",
    hint: "The aim of involving patients and the public in the work.",
  },
  {
    key: "methods",
    label: "Methods",
    hint: "How patients and the public were involved: who, in which roles, what was asked of them and the support given.",
  },
  {
    key: "results",
    label: "Results",
    hint: "The outcomes of involvement for the work, positive and negative.",
  },
  {
    key: "influence",
    label: "Extent of influence",
    hint: "How far involvement influenced the work overall, with its positive and negative effects.",
  },
  {
    key: "reflections",
    label: "Reflections and critical perspective",
    hint: "What went well and what did not, so that others can learn from it.",
  },
] as const;
type Gripp2Key = (typeof gripp2Sections)[number]["key"];

/** The draft as its form holds it: the text of each part. It is printed or copied, never saved. */
export const gripp2DraftSchema = z.object({
  aim: z.string(),
  methods: z.string(),
  results: z.string(),
  influence: z.string(),
  reflections: z.string(),
} satisfies Record<Gripp2Key, z.ZodString>);
export type Gripp2Draft = z.infer<typeof gripp2DraftSchema>;

/** Involvements that count as taking part: confirmed, or done. */
const involved = (i: Involvement) => i.status === "confirmed" || i.status === "took_part";
const roleName = (role: InvolvementRole) => involvementRoleLabels[role].toLowerCase();
const paragraphs = (...parts: (string | null | false | undefined)[]) => parts.filter(Boolean).join("\n\n");

/** "a", "a and b", "a, b and c". */
function listText(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/**
 * One line per note, by the role of the person who gave it (never their name: a draft
 * for publication names no one without their say-so). The same note is written once.
 */
function notesByRole(involvements: Involvement[], note: (i: Involvement) => string): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const i of involvements) {
    const text = note(i).trim();
    const line = `- ${involvementRoleLabels[i.role]}: ${text}`;
    if (!text || seen.has(line)) continue;
    seen.add(line);
    lines.push(line);
  }
  return lines;
}

function aimText(title: string, plan: InvolvementPlan | null): string {
  if (!plan) {
    return paragraphs(
      `No involvement decision is recorded for “${title}” yet.`,
      "[Say what involving patients and the public was meant to achieve.]",
    );
  }
  if (plan.level === "none") {
    return paragraphs(
      `Patients and the public were not involved in “${title}”.`,
      plan.reason ? `Reason recorded: ${plan.reason}` : null,
    );
  }
  const roles = plan.roles.map(roleName);
  return paragraphs(
    `To involve patients and the public in “${title}” at the “${involvementLevelLabels[plan.level]}” level of the engagement ladder${
      roles.length ? `, as ${listText(roles)}` : ""
    }.`,
    plan.reason ? `Why: ${plan.reason}` : null,
    "[Add what involvement was meant to achieve for the work.]",
  );
}

function methodsText(involvements: Involvement[]): string {
  if (!involvements.length) {
    return paragraphs(
      "No involvement is recorded yet.",
      "[Describe how patients and the public were involved: who, how many, in which roles, and how.]",
    );
  }
  const taking = involvements.filter(involved);
  const people = new Set(taking.map((i) => i.personId)).size;
  const byRole = new Map<InvolvementRole, Set<string>>();
  for (const i of taking) byRole.set(i.role, (byRole.get(i.role) ?? new Set()).add(i.personId));
  const roleCounts = [...byRole].map(([role, ids]) => `${roleName(role)} (${ids.size})`);
  const invited = involvements.filter((i) => i.status === "invited").length;
  const left = involvements.filter((i) => i.status === "withdrew" || i.status === "declined").length;
  const hours = taking.reduce((sum, i) => sum + (i.hours ?? 0), 0);
  // Support is absent for a role that may not see it (managers): then the draft says nothing of it.
  const support = [...new Set(taking.flatMap((i) => i.support ?? []))].map((kind) => supportLabels[kind].toLowerCase());
  const asks = notesByRole(taking, (i) => i.ask);
  const expectations = notesByRole(taking, (i) => i.expectations);
  return paragraphs(
    people
      ? `${people} ${people === 1 ? "person was" : "people were"} involved, confirmed or having taken part. By role: ${listText(roleCounts)}.`
      : "No one is yet confirmed or recorded as having taken part.",
    invited ? `${invited} more ${invited === 1 ? "was" : "were"} invited and had not yet confirmed.` : null,
    left ? `${left} withdrew or declined.` : null,
    hours ? `Time recorded: ${hours.toLocaleString("en-GB")} ${hours === 1 ? "hour" : "hours"}.` : null,
    asks.length ? `What we asked of them:\n${asks.join("\n")}` : null,
    expectations.length ? `What they could expect of us:\n${expectations.join("\n")}` : null,
    support.length ? `Support offered: ${listText(support)}.` : null,
    "[Add how they were recruited and how involvement took place (meetings, reviews, workshops).]",
  );
}

/** The draft as the records write it; every part is edited before it is printed or copied. */
export function gripp2Draft(title: string, plan: InvolvementPlan | null, involvements: Involvement[]): Gripp2Draft {
  const impacts = notesByRole(involvements, (i) => i.impact);
  const feedback = notesByRole(involvements, (i) => i.feedback);
  const counted = involvements.filter(involved).length;
  const withImpact = involvements.filter((i) => involved(i) && i.impact.trim()).length;
  return {
    aim: aimText(title, plan),
    methods: methodsText(involvements),
    results: impacts.length
      ? paragraphs(`What involvement changed, as recorded:\n${impacts.join("\n")}`, "[Add any negative outcomes.]")
      : "[No impact is recorded yet. Describe the outcomes of involvement, positive and negative.]",
    influence: paragraphs(
      plan && plan.level !== "none"
        ? `Involvement was planned at the “${involvementLevelLabels[plan.level]}” level.`
        : null,
      counted ? `Impact is recorded for ${withImpact} of ${counted} involvements.` : null,
      "[Say how far involvement influenced the work overall: its aims, design, conduct, outputs or how it was shared.]",
    ),
    reflections: feedback.length
      ? paragraphs(
          `What the people involved said:\n${feedback.join("\n")}`,
          "[Add what went well, what did not, and what you would do differently.]",
        )
      : "[No feedback is recorded yet. Reflect on what went well, what did not, and what others can learn.]",
  };
}
