import { listForm, PASSWORD_MIN } from "./passwordPolicy.ts";

let loading: Promise<ReadonlySet<string>> | undefined;

/**
 * The common-password list from @zxcvbn-ts/language-common (about 49,000 passwords from public
 * breach corpora). It is large, so it is loaded only when someone chooses a password, and only
 * the entries long enough to pass the length rule are kept.
 */
export function loadCommonPasswords(): Promise<ReadonlySet<string>> {
  loading ??= import("@zxcvbn-ts/language-common")
    .then(({ dictionary }) => {
      const set = new Set<string>();
      for (const p of dictionary["passwords-common"]) {
        if (p.length >= PASSWORD_MIN) set.add(listForm(p));
      }
      return set as ReadonlySet<string>;
    })
    .catch((error: unknown) => {
      // Let a later try load it again (a flaky connection before the chunk was cached).
      loading = undefined;
      throw error;
    });
  return loading;
}
