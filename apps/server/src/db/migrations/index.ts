import type { Migration } from "kysely/migration";
import { serverMeta } from "./0001_server_meta.ts";

// Listed in code rather than read from a folder at run time, so they work the same under tsx, a bundler
// or compiled output. Names sort in the order they must run; never rename or edit a shipped one.
export const migrations: Record<string, Migration> = {
  "0001_server_meta": serverMeta,
};
