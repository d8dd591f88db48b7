/**
 * What a new password must be (NIST SP 800-63B §3.1.1.2): long enough, not absurdly long, and
 * not one of the passwords people commonly use. No composition rules ("one digit, one symbol")
 * — they make passwords harder to remember without making them much harder to guess. There is
 * no reset for a forgotten password here, so the advice leans towards a phrase only the person
 * would know, which is both strong and memorable.
 */

export const PASSWORD_MIN = 8;
/** Below this we accept the password but suggest a longer phrase. */
export const PASSWORD_SUGGESTED = 15;
/** Generous, so a long passphrase or a password manager's output always fits. */
export const PASSWORD_MAX = 128;

export type PasswordProblem = "tooShort" | "tooLong" | "common" | "sameAsUsername";

export type PasswordCheck = { ok: true; suggestLonger: boolean } | { ok: false; problem: PasswordProblem };

/** Characters as a person counts them: code points after NFC (what deriveKeys hashes). */
export function passwordLength(password: string): number {
  return [...password.normalize("NFC")].length;
}

/** The form a password is compared in against the list: the list itself is lower case. */
export function listForm(password: string): string {
  return password.normalize("NFC").trim().toLowerCase();
}

/**
 * Checks a new password. `common` is the list of commonly used passwords in listForm (see
 * commonPasswords.ts, loaded lazily because it is large); `username` is refused as a password.
 */
export function checkNewPassword(
  password: string,
  common: ReadonlySet<string>,
  username?: string,
): PasswordCheck {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN) return { ok: false, problem: "tooShort" };
  if (length > PASSWORD_MAX) return { ok: false, problem: "tooLong" };
  const form = listForm(password);
  if (username && form === listForm(username)) return { ok: false, problem: "sameAsUsername" };
  if (common.has(form)) return { ok: false, problem: "common" };
  return { ok: true, suggestLonger: length < PASSWORD_SUGGESTED };
}
