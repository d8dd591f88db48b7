import { i18next } from "./index.ts";

/**
 * Registers a namespace that ships inside a lazy screen chunk (stories, moderation), so its words
 * never weigh on the first screen. Called at the top of the chunk, before anything renders.
 */
export function addBundle(namespace: string, bundle: Record<string, unknown>): void {
  if (!i18next.hasResourceBundle("en", namespace)) i18next.addResourceBundle("en", namespace, bundle);
}
