import { useTranslation } from "react-i18next";
import type { KeptDraft } from "./useKeptDraft.ts";

/**
 * One calm line when a form opens with words kept from before, and one tap to start fresh —
 * which can itself be taken back. The live region is always there, so the change is heard.
 * The button stays the same element as its words change, so keyboard focus stays on it.
 */
export function KeptDraftNotice({ kept }: { kept: KeptDraft }) {
  const { t } = useTranslation();
  const showing = kept.restored || kept.discarded;
  return (
    <div role="status" class="kept-draft">
      {showing && (
        <p class="hint">
          <span>{kept.restored ? t("keptDraft.restored") : t("keptDraft.discarded")}</span>{" "}
          <button type="button" class="quiet" onClick={kept.restored ? kept.discard : kept.undoDiscard}>
            {kept.restored ? t("keptDraft.discard") : t("keptDraft.undo")}
          </button>
        </p>
      )}
    </div>
  );
}
