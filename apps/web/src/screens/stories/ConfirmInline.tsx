import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";
import type { ConfirmedAction } from "../../ui/useConfirmedAction.ts";

interface Props {
  action: ConfirmedAction;
  /** The button that starts it (with the action's start ref), shown until the second ask. */
  children: ComponentChildren;
  question: string;
  yes: string;
  keep: string;
  class: string;
  /** The look of the second ask. */
  confirmClass: string;
  /** Called once it is done, however often the screen around it renders before it moves on. */
  onDone?: () => void;
}

/**
 * A step that can't be undone, asked once more in place: the question, a red yes and "not now",
 * with the outcome in a polite live region below (ui/useConfirmedAction.ts moves the focus).
 */
export function ConfirmInline({
  action,
  children,
  question,
  yes,
  keep,
  class: className,
  confirmClass,
  onDone,
}: Props) {
  const { step, message } = action;
  const told = useRef(false);
  useEffect(() => {
    if (step !== "done" || told.current || !onDone) return;
    told.current = true;
    onDone();
  }, [step, onDone]);

  const asking = step === "confirm" || step === "busy";
  return (
    <div class={className}>
      {asking ? (
        <div class={confirmClass}>
          <p ref={action.refs.confirmRef} tabIndex={-1}>
            {question}
          </p>
          <div class="row">
            <button type="button" class="danger" onClick={action.confirm} disabled={step === "busy"}>
              {yes}
            </button>
            <button type="button" onClick={action.keep} disabled={step === "busy"}>
              {keep}
            </button>
          </div>
        </div>
      ) : (
        children
      )}
      <div role="status">
        {message && <p class={message.error ? "error-message" : "hint"}>{message.text}</p>}
      </div>
    </div>
  );
}
