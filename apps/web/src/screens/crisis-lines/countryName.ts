const cache = new Map<string, Intl.DisplayNames | null>();

/** "GB" → "United Kingdom", in the app's language; the bare code if the runtime can't say. */
export function countryName(code: string, language: string): string {
  let names = cache.get(language);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([language, "en"], { type: "region" });
    } catch {
      names = null;
    }
    cache.set(language, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}
