import { useMemo, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { previewOf, splitParagraphs } from "./text.ts";

/**
 * The words as written, as text only (ST9): paragraphs, links left as plain words. A long text
 * opens with its first part and a "Show all" button, so one story does not fill the queue.
 */
export function ItemText({ id, body }: { id: string; body: string }) {
  const { t } = useTranslation("moderation");
  const paragraphs = useMemo(() => splitParagraphs(body), [body]);
  const preview = useMemo(() => previewOf(paragraphs), [paragraphs]);
  const [open, setOpen] = useState(false);
  const shown = open || !preview.cut ? paragraphs : preview.shown;
  return (
    <>
      <div id={id} class="mod-text">
        {shown.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
      {preview.cut && (
        <div>
          <button
            type="button"
            class="quiet"
            aria-expanded={open}
            aria-controls={id}
            onClick={() => setOpen(!open)}
          >
            {open ? t("item.showLess") : t("item.showAll")}
          </button>
        </div>
      )}
    </>
  );
}
