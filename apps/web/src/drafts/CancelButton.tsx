import type { ComponentChildren } from "preact";
import type { KeptDraft } from "./useKeptDraft.ts";

/**
 * Cancel, on a form that keeps a draft: cancelling on purpose lets the draft go too, so it does
 * not come back the next time the form opens. Nothing is shown when the form cannot be cancelled.
 */
export function CancelButton({
  kept,
  onCancel,
  children,
}: {
  kept: KeptDraft;
  onCancel: (() => void) | undefined;
  children: ComponentChildren;
}) {
  if (!onCancel) return null;
  return (
    <button
      type="button"
      onClick={() => {
        kept.clear();
        onCancel();
      }}
    >
      {children}
    </button>
  );
}
