import { LIMITS, parseTags } from "@small-steps/core";
import type { TFunction } from "i18next";

/** Tags from the text box, or a kind message naming what to change (nothing typed is lost). */
export function checkTags(
  text: string,
  t: TFunction<"journal">,
): { ok: true; tags: string[] } | { ok: false; message: string } {
  const parsed = parseTags(text);
  const [long] = parsed.tooLong;
  if (long !== undefined)
    return { ok: false, message: t("write.tagsTooLong", { max: LIMITS.tag, tag: long }) };
  if (parsed.tooMany) return { ok: false, message: t("write.tagsTooMany", { max: LIMITS.tags }) };
  return { ok: true, tags: parsed.tags };
}
