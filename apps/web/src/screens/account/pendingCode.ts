import type { AccountResponse } from "@small-steps/sync";

/**
 * The recovery code of an account made in this tab, until the person says it is saved. Held
 * in memory only (never stored): if they wander to another screen and come back, it is still
 * there to save; a reload or closing the tab forgets it, as it must.
 */
export interface PendingCode {
  username: string;
  code: string;
  account: AccountResponse;
}

let pending: PendingCode | null = null;

export const pendingCode = (): PendingCode | null => pending;
export function holdCode(value: PendingCode | null): void {
  pending = value;
}
