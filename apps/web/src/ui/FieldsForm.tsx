import type { ComponentChildren, RefObject } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { KeptDraftNotice } from "../drafts/KeptDraftNotice.tsx";
import { type FieldProblem, useDraftForm } from "./useDraftForm.ts";

type FieldElement = HTMLInputElement & HTMLTextAreaElement;

/** One text field of a small form. */
export interface FieldSpec<F extends string> {
  name: F;
  label: string;
  hint?: string;
  /** A textarea of this many rows; without it a one-line input. */
  rows?: number;
  type?: "text" | "tel";
  placeholder?: string;
}

interface Props<D extends Record<F, string>, F extends string> {
  /** Unique on the screen: field `x` is `${idPrefix}-x`, its hint `${idPrefix}-x-hint`. */
  idPrefix: string;
  /** Where what is typed is kept until saved or cancelled ("refrain:new", "contact:<id>"). */
  draftKey: string;
  initial: D;
  fields: FieldSpec<F>[];
  validate: (draft: D) => FieldProblem<F> | null;
  /** Where to say that the device could not save. */
  failField: F;
  /** Resolves true when saved; a new form then starts again from `resetTo`, an edit closes. */
  onSubmit: (draft: D) => Promise<boolean>;
  resetTo?: D;
  submitLabel: string;
  /** Changing something that exists: Cancel lets the change (and its draft) go. */
  onCancel?: () => void;
  cancelLabel?: string;
  /** Escape in a one-line field cancels too (where it always has: a glimmer being changed). */
  escapeCancels?: boolean;
  /** Focus the first field: only when the person asked for the form. */
  autoFocus?: boolean;
  class?: string;
  labelledBy?: string;
  /** Above the fields (a heading) and below them (a choice that goes with the words). */
  before?: ComponentChildren;
  after?: (draft: D, set: (field: F, value: string) => void) => ComponentChildren;
}

/**
 * The small forms where a person writes a few lines — a refrain, a trusted contact, a glimmer,
 * a note for therapy — as one piece: labelled fields with their hints, the first problem shown
 * beside its field with focus moved there, and what is typed kept on the device with the calm
 * "we kept it" line (useDraftForm with a draft key). Saving or cancelling lets the draft go.
 */
export function FieldsForm<D extends Record<F, string>, F extends string>(props: Props<D, F>) {
  const { idPrefix, fields, onCancel } = props;
  const refs = useRef({} as Record<F, RefObject<FieldElement>>).current;
  for (const f of fields) refs[f.name] ??= { current: null };
  const { draft, error, submit, update, set, kept } = useDraftForm<D, F>({
    initial: props.initial,
    refs,
    validate: props.validate,
    save: props.onSubmit,
    failField: props.failField,
    resetTo: props.resetTo,
    draftKey: props.draftKey,
  });
  const id = (name: string) => `${idPrefix}-${name}`;
  const errorId = id("error");

  useEffect(() => {
    const first = fields[0];
    if (props.autoFocus && first) refs[first.name].current?.focus();
  }, []);

  const cancel = () => {
    kept.clear();
    onCancel?.();
  };

  return (
    <form class={props.class ?? "stack"} onSubmit={submit} noValidate aria-labelledby={props.labelledBy}>
      {props.before}
      <KeptDraftNotice kept={kept} />
      {fields.map((f) => {
        const invalid = error?.field === f.name;
        const field = {
          ref: refs[f.name],
          id: id(f.name),
          value: draft[f.name],
          placeholder: f.placeholder,
          "aria-describedby":
            [f.hint ? id(`${f.name}-hint`) : "", invalid ? errorId : ""].join(" ").trim() || undefined,
          "aria-invalid": invalid ? true : undefined,
          onInput: update(f.name),
        };
        return (
          <div class="field" key={f.name}>
            <label for={id(f.name)}>{f.label}</label>
            {f.hint && (
              <p id={id(`${f.name}-hint`)} class="hint">
                {f.hint}
              </p>
            )}
            {f.rows ? (
              <textarea {...field} rows={f.rows} />
            ) : (
              <input
                {...field}
                type={f.type ?? "text"}
                inputMode={f.type === "tel" ? "tel" : undefined}
                autocomplete="off"
                onKeyDown={(e) => {
                  if (props.escapeCancels && e.key === "Escape") cancel();
                }}
              />
            )}
            {invalid && (
              <p id={errorId} class="error-message">
                {error.message}
              </p>
            )}
          </div>
        );
      })}
      {props.after?.(draft, set)}
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
