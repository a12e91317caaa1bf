import type { Client } from "../setup/api";

export type Item = {
  id: string;
  title: string;
  kind: string;
  teamId: string;
  leadId: string;
  startDate: string;
  endDate: string | null;
  status: string;
  summary: string;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export async function directory(client: Client) {
  const teams = (await (await client.get("/api/teams")).json()).items as { id: string; name: string }[];
  const users = (await (await client.get("/api/users")).json()).items as { id: string; name: string; role: string }[];
  const me = (await (await client.get("/api/auth/me")).json()).user as { id: string };
  return { teams, users, me };
}

export async function validItem(client: Client, overrides: Partial<Item> = {}) {
  const { teams, me } = await directory(client);
  return {
    title: "Carers' voices roundtable",
    kind: "event",
    teamId: teams[0]?.id,
    leadId: me.id,
    startDate: "2026-05-01",
    endDate: "2026-05-02",
    status: "planned",
    summary: "A roundtable with carers on respite services.",
    ...overrides,
  };
}

export async function createItem(client: Client, overrides: Partial<Item> = {}): Promise<Item> {
  const response = await client.request("POST", "/api/work-items", await validItem(client, overrides));
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${await response.text()}`);
  return response.json();
}

export const paths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((e) => e.path).sort();

/** A person made through the API (201 or the test stops): a name and perspectives, and any other fields given. */
export async function createPerson(
  client: Client,
  fields: Record<string, unknown> & { name: string },
): Promise<{ id: string; version: number; name: string }> {
  const response = await client.request("POST", "/api/people", { perspectives: ["patient"], ...fields });
  if (response.status !== 201) throw new Error(`person: ${response.status} ${await response.text()}`);
  return response.json();
}
