import { z } from "zod";
import { id } from "./common";

export const team = z.object({ id, name: z.string() });
export type Team = z.infer<typeof team>;
