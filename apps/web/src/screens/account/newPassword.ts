import { loadCommonPasswords } from "../../account/commonPasswords.ts";
import { checkNewPassword } from "../../account/passwordPolicy.ts";
import type { ScreenProblem } from "./problems.ts";

/** Checks a new password against the policy and the common list (loaded now, lazily). */
export async function newPasswordProblem(password: string, username?: string): Promise<ScreenProblem | null> {
  let common: ReadonlySet<string>;
  try {
    common = await loadCommonPasswords();
  } catch {
    return { kind: "listUnavailable" };
  }
  const check = checkNewPassword(password, common, username);
  return check.ok ? null : { kind: check.problem };
}
