import { MIN_PASSPHRASE_LENGTH } from "../../lock/lockState.ts";

export type NewPassphraseProblem = { field: "new" | "confirm"; key: "tooShort" | "mismatch" };

/** The first problem with a chosen passphrase and its repeat, or null. */
export function newPassphraseProblem(passphrase: string, again: string): NewPassphraseProblem | null {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) return { field: "new", key: "tooShort" };
  if (passphrase !== again) return { field: "confirm", key: "mismatch" };
  return null;
}
