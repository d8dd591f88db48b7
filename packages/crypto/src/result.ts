/**
 * Failures are values, not exceptions (the same shape core's import uses): a wrong password or a
 * tampered record is an expected outcome the caller must handle, and a union of reasons makes
 * the compiler check that every one is handled.
 */
export type Result<T, R extends string> = { ok: true; value: T } | { ok: false; reason: R };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <R extends string>(reason: R): { ok: false; reason: R } => ({ ok: false, reason });
