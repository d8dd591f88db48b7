import type { RefObject } from "preact";
import { useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { useKeptDraft } from "../drafts/useKeptDraft.ts";

export interface FieldProblem<F extends string> {
  field: F;
  message: string;
}

interface Options<D extends Record<F, string>, F extends string> {
  initial: D;
  /** Each field's element, so focus can go to the first one with a problem. */
  refs: Record<F, RefObject<HTMLElement>>;
  /** The first problem with the draft, in words for the person, or null when it can be saved. */
  validate: (draft: D) => FieldProblem<F> | null;
  /** Resolves true when saved. */
  save: (draft: D) => Promise<boolean>;
  /** Where to say that the device could not save. */
  failField: F;
  /** After a save, start again from this draft (a "new" form); without it the draft stays. */
  resetTo?: D;
  /**
   * Where what is typed is kept on this device until saved or cancelled ("refrain:new",
   * "contact:<id>"; drafts/useKeptDraft.ts). Without it the draft lives as long as the form.
   */
  draftKey?: string;
}

/**
 * The draft → check → save cycle the small forms share: one save at a time; the first
 * problem shown beside its field, with focus moved there; a kind message when the device
 * could not save; and what the person typed kept whenever nothing was saved — with a draft
 * key, kept on the device too, so leaving the screen or closing the tab loses nothing.
 */
export function useDraftForm<D extends Record<F, string>, F extends string>(options: Options<D, F>) {
  const { t } = useTranslation();
  const [draft, setDraft, kept] = useKeptDraft<D>(options.draftKey, options.initial);
  const [error, setError] = useState<FieldProblem<F> | null>(null);
  const busy = useRef(false);

  async function submit(e: Event) {
    e.preventDefault();
    if (busy.current) return;
    const problem = options.validate(draft);
    setError(problem);
    if (problem) {
      options.refs[problem.field].current?.focus();
      return;
    }
    busy.current = true;
    try {
      const saved = await options.save(draft);
      if (saved) kept.clear();
      if (saved && options.resetTo) setDraft(options.resetTo);
    } catch (err) {
      console.error(err);
      setError({ field: options.failField, message: t("saveFailed") });
    } finally {
      busy.current = false;
    }
  }

  /** An input handler for one field; typing there clears that field's message. */
  const update = (field: F) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setDraft((d) => ({ ...d, [field]: value }));
    setError((current) => (current?.field === field ? null : current));
  };

  /** Sets one field from something other than typing (a chip, a choice). */
  const set = (field: F, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setError((current) => (current?.field === field ? null : current));
  };

  return { draft, error, submit, update, set, kept };
}
