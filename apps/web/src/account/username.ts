/**
 * The username rule, as the page applies it before asking the server. It mirrors
 * normalizeUsername and USERNAME_RULE in @small-steps/sync (the server's word is final);
 * username.test.ts keeps the two in step. Local because importing that package at runtime
 * would bring libsodium onto the page (see wire.ts).
 */
export const USERNAME_RULE = /^[\p{L}\p{N}._-]{3,32}$/u;

/** NFKC, trimmed, lower case: "Robin" and "robin" are one name. */
export const normalizeUsername = (name: string): string => name.normalize("NFKC").trim().toLowerCase();

export const isValidUsername = (name: string): boolean => USERNAME_RULE.test(normalizeUsername(name));
