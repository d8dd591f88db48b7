import type { AccountResponse } from "@small-steps/sync";
import type { Outcome } from "../../account/actions.ts";
import { accountApi } from "../../account/api.ts";

/**
 * The account's kdf and key bundle, needed to change the password or delete the account: the
 * copy the view already has, or a fresh one from the server when the view opened offline.
 */
export async function accountData(known: AccountResponse | null): Promise<Outcome<AccountResponse>> {
  if (known) return { ok: true, value: known };
  const r = await accountApi.me();
  if (r.ok) return r;
  if (r.failure.kind === "refused") return { ok: false, problem: { kind: "signedOut" } };
  return { ok: false, problem: r.failure };
}
