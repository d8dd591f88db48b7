import type { z } from "zod";
import { ApiProblem } from "../apiProblem.ts";

/** A body or query checked against its wire shape; a plain 400 naming the first few problems. */
export function parseOr400<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message));
  throw new ApiProblem(400, "bad_request", `The request could not be read (${details.join("; ")}).`);
}
