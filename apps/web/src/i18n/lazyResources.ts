// Namespaces that load with their screen's chunk (addBundle.ts), listed here so the locale tests
// read them too. Import this file only from tests and from the chunks themselves.
import moderation from "./locales/en/moderation.json";
import stories from "./locales/en/stories.json";
import storiesWrite from "./locales/en/storiesWrite.json";

export const lazyResources = { stories, storiesWrite, moderation } as const;
