import { LIMITS } from "@small-steps/core";
import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { KeptDraftNotice } from "../drafts/KeptDraftNotice.tsx";
import { useDraftForm } from "./useDraftForm.ts";

/** The few words a short form holds, and one optional choice beside them ("" when none). */
export interface ShortText {
  text: string;
  choice: string;
}

interface Props {
  /** The field's id; its error message is `${id}-error`. */
  id: string;
  /** Where what is typed is kept until saved or cancelled ("glimmer:new", "therapyNote:<id>"). */
  draftKey: string;
  label: string;
  /** A textarea of this many rows; without it a one-line input. */
  rows?: number;
  initial?: ShortText;
  /** The words for "nothing to save yet" and "too long" (with {{max}} filled in). */
  emptyMessage: string;
  tooLongMessage: (max: number) => string;
  submitLabel: string;
  cancelLabel?: string;
  /** Saves the trimmed text and the choice; the form empties (new) or closes (edit) after. */
  onSave: (text: string, choice: string) => Promise<void>;
  /** Changing something that exists: Cancel (and Escape in the field) lets the change go. */
  onCancel?: () => void;
  autoFocus?: boolean;
  placeholder?: string;
  /** An optional choice below the text (the glimmer's sense), bound to `choice`. */
  choice?: (value: string, set: (value: string) => void) => ComponentChildren;
  /** Above the field (a heading). */
  children?: ComponentChildren;
  class?: string;
  labelledBy?: string;
}

const EMPTY: ShortText = { text: "", choice: "" };

/**
 * One short text form for the places that ask for a few words — a glimmer, a note for
 * therapy, and changing either: checked, saved once, kept on the device while typed
 * (useDraftForm with a draft key), with the calm "we kept it" line when it comes back.
 */
export function ShortTextForm(props: Props) {
  const { id, rows, onCancel } = props;
  const initial = props.initial ?? EMPTY;
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const { draft, error, submit, update, set, kept } = useDraftForm<ShortText, "text" | "choice">({
    initial,
    refs: { text: field, choice: field },
    validate: (d) => {
      const trimmed = d.text.trim();
      if (!trimmed) return { field: "text", message: props.emptyMessage };
      if (trimmed.length > LIMITS.noteText)
        return { field: "text", message: props.tooLongMessage(LIMITS.noteText) };
      return null;
    },
    save: async (d) => {
      await props.onSave(d.text.trim(), d.choice);
      return true;
    },
    failField: "text",
    resetTo: onCancel ? undefined : EMPTY,
    draftKey: props.draftKey,
  });

  useEffect(() => {
    if (props.autoFocus) field.current?.focus();
  }, []);

  const cancel = () => {
    kept.clear();
    onCancel?.();
  };
  const errorId = `${id}-error`;
  const common = {
    ref: field,
    id,
    value: draft.text,
    placeholder: props.placeholder,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? errorId : undefined,
    onInput: update("text"),
  };

  return (
    <form class={props.class ?? "stack"} onSubmit={submit} noValidate aria-labelledby={props.labelledBy}>
      {props.children}
      <KeptDraftNotice kept={kept} />
      <div class="field">
        <label for={id}>{props.label}</label>
        {rows ? (
          <textarea {...common} rows={rows} />
        ) : (
          <input
            {...common}
            type="text"
            autocomplete="off"
            onKeyDown={(e) => {
              if (onCancel && e.key === "Escape") cancel();
            }}
          />
        )}
        {error && (
          <p id={errorId} class="error-message">
            {error.message}
          </p>
        )}
      </div>
      {props.choice?.(draft.choice, (value) => set("choice", value))}
      <div class="row">
        <button type="submit" class="primary">
          {props.submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={cancel}>
            {props.cancelLabel}
          </button>
        )}
      </div>
    </form>
  );
}
