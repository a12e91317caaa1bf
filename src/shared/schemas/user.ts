import { z } from "zod";
import { id } from "./common";

export const roles = ["lead", "events", "manager", "admin"] as const;
export const role = z.enum(roles, { error: `Must be one of: ${roles.join(", ")}` });
export type Role = z.infer<typeof role>;

export const roleLabels: Record<Role, string> = {
  lead: "Project lead",
  events: "Events team",
  manager: "Manager",
  admin: "Admin",
};

/** The signed-in user as the API returns it: never a password hash or token. */
export const sessionUser = z.object({
  id,
  email: z.string(),
  name: z.string(),
  role,
});
export type SessionUser = z.infer<typeof sessionUser>;

export const userSummary = z.object({ id, name: z.string(), role });
export type UserSummary = z.infer<typeof userSummary>;

export const loginInput = z.object({
  email: z.string({ error: "Enter your email address" }).trim().min(1, "Enter your email address").max(320),
  password: z.string({ error: "Enter your password" }).min(1, "Enter your password").max(1024),
});
export type LoginInput = z.infer<typeof loginInput>;

/** Accounts created from the command line: a password long enough to matter. */
export const newUserInput = z.object({
  email: z.email("Enter a valid email address").max(320),
  name: z.string().trim().min(1, "Enter a name").max(200),
  role,
  password: z.string().min(12, "Use at least 12 characters").max(1024),
});
