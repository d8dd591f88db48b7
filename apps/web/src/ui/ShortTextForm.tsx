import { LIMITS } from "@small-steps/core";
import type { ComponentChildren } from "preact";
import { FieldsForm } from "./FieldsForm.tsx";

/** The few words a short form holds, and one optional choice beside them ("" when none). */
export interface ShortText {
  text: string;
  choice: string;
}

interface Props {
  /** Unique on the screen: the field is `${idPrefix}-text`. */
  idPrefix: string;
  /** Where what is typed is kept until saved or cancelled ("glimmer:new", "therapyNote:<id>"). */
  draftKey: string;
  label: string;
  /** A textarea of this many rows; without it a one-line input. */
  rows?: number;
  initial?: ShortText;
  /** The words for "nothing to save yet" and "too long" (with the limit filled in). */
  emptyMessage: string;
  tooLongMessage: (max: number) => string;
  submitLabel: string;
  /** Saves the trimmed text and the choice; the form empties (new) or closes (edit) after. */
  onSave: (text: string, choice: string) => Promise<void>;
  onCancel?: () => void;
  cancelLabel?: string;
  escapeCancels?: boolean;
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

/** A few words and, perhaps, one choice: a glimmer, a note for therapy, and changing either. */
export function ShortTextForm(props: Props) {
  const {
    label,
    rows,
    placeholder,
    choice,
    children,
    onSave,
    emptyMessage,
    tooLongMessage,
    initial,
    ...rest
  } = props;
  return (
    <FieldsForm<ShortText, "text" | "choice">
      {...rest}
      initial={initial ?? EMPTY}
      resetTo={rest.onCancel ? undefined : EMPTY}
      fields={[{ name: "text", label, rows, placeholder }]}
      validate={(d) => {
        const trimmed = d.text.trim();
        if (!trimmed) return { field: "text", message: props.emptyMessage };
        if (trimmed.length > LIMITS.noteText)
          return { field: "text", message: props.tooLongMessage(LIMITS.noteText) };
        return null;
      }}
      failField="text"
      onSubmit={async (d) => {
        await onSave(d.text.trim(), d.choice);
        return true;
      }}
      before={children}
      after={choice && ((d, set) => choice(d.choice, (value) => set("choice", value)))}
    />
  );
}
