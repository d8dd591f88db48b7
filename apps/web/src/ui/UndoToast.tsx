import { useEffect } from "preact/hooks";
import { useTranslation } from "react-i18next";

interface Props {
  /** What just happened, e.g. "Entry deleted." */
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
  /** How long the toast stays; generous, because people read at different speeds. */
  timeoutMs?: number;
}

/**
 * A quiet notice with an Undo button. It is a polite live region, so screen readers hear the
 * message without losing their place.
 */
export function UndoToast({ message, onUndo, onDismiss, timeoutMs = 8000 }: Props) {
  const { t } = useTranslation();
  useEffect(() => {
    const timer = setTimeout(onDismiss, timeoutMs);
    return () => clearTimeout(timer);
  }, [onDismiss, timeoutMs]);
  return (
    <div class="toast" role="status" aria-live="polite">
      <span>{message}</span>
      <button
        type="button"
        onClick={() => {
          onUndo();
          onDismiss();
          // The toast is about to disappear with focus inside it; keep keyboard and screen-reader
          // users in the content instead of dropping them at the top of the page.
          document.getElementById("main")?.focus();
        }}
      >
        {t("actions.undo")}
      </button>
    </div>
  );
}
