/**
 * A circle person carries no phone number (the circle never asks for one). The person may have
 * written one down for them elsewhere on this device: a trusted contact in Reach out, or a
 * helper in the safety plan. This finds it by name, so a message that has to wait can offer a
 * call or a text right beside it.
 */

interface Named {
  name: string;
  phone?: string | undefined;
}

const normal = (s: string) => s.trim().toLocaleLowerCase();

/**
 * Whether `written` names `name`: the same words, or those words first and then more
 * ("Sam (my sister)", "Sam, neighbour") — never a longer word that merely starts the same
 * ("Samira" is not "Sam").
 */
export function names(written: string, name: string): boolean {
  const w = normal(written);
  const n = normal(name);
  if (!n || !w.startsWith(n)) return false;
  const next = w.slice(n.length, n.length + 1);
  return next === "" || !/[\p{L}\p{N}]/u.test(next);
}

/**
 * The first number written for someone with one of these names: trusted contacts first (a
 * person there is theirs to call), then the safety plan's helpers. Undefined when there is none.
 */
export function phoneFor(
  candidates: readonly (string | null | undefined)[],
  contacts: readonly Named[],
  helpers: readonly Named[],
): string | undefined {
  const wanted = candidates.filter((c): c is string => !!c?.trim());
  for (const list of [contacts, helpers]) {
    for (const entry of list) {
      if (entry.phone?.trim() && wanted.some((n) => names(entry.name, n))) return entry.phone.trim();
    }
  }
  return undefined;
}
