import { z } from "zod";

/**
 * Every key has a purpose and a version, written as "<purpose>:<version>" (e.g. "items:1").
 * The id travels beside what the key protects (in envelopes and wrapped keys) so a device knows
 * which key to use, and it is bound into the associated data so it cannot be swapped.
 * A new version (rotation) gets a new id; old data keeps naming the key that sealed it.
 */
export const KEY_PURPOSES = [
  /** The account key: wraps every other key, wrapped itself by the password and the recovery key. */
  "account",
  /** Items keys: seal record envelopes. */
  "items",
  /** Wraps the circle X25519 private key (the circle issue). */
  "circle",
] as const;

export type KeyPurpose = (typeof KEY_PURPOSES)[number];
export type KeyId = `${KeyPurpose}:${number}`;

const KEY_ID = new RegExp(`^(${KEY_PURPOSES.join("|")}):([1-9][0-9]{0,8})$`);

export const keyIdSchema = z
  .string()
  .regex(KEY_ID, "expected <purpose>:<version>")
  .transform((s) => s as KeyId);

export function makeKeyId(purpose: KeyPurpose, version: number): KeyId {
  if (!Number.isInteger(version) || version < 1 || version > 999_999_999) {
    throw new RangeError(`key version must be a positive integer, got ${version}`);
  }
  return `${purpose}:${version}`;
}

/** The purpose named in a key id (ids are validated before they reach here). */
export function purposeOf(id: KeyId): KeyPurpose {
  return id.slice(0, id.indexOf(":")) as KeyPurpose;
}
