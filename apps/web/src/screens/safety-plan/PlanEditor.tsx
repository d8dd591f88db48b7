import {
  cleanSection,
  type ItemProblem,
  itemProblem,
  PLAN_ITEM_MAX,
  type PlanSections,
  SAFETY_PLAN_SECTIONS,
} from "@small-steps/core";
import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { CancelButton } from "../../drafts/CancelButton.tsx";
import { KeptDraftNotice } from "../../drafts/KeptDraftNotice.tsx";
import { useKeptDraft } from "../../drafts/useKeptDraft.ts";
import { type Draft, PLAN_DRAFT_KEY } from "./draft.ts";
import { saveSafetyPlan } from "./planStore.ts";
import { type RowError, rowId, SectionEditor } from "./SectionEditor.tsx";

interface Props {
  initial: Draft;
  onSaved: () => void;
  onCancel: () => void;
  announce: (message: string) => void;
}

/** The whole plan as one form: every part editable, saved together with "Save my plan". */
export function PlanEditor({ initial, onSaved, onCancel, announce }: Props) {
  const { t } = useTranslation("safetyPlan");
  const [draft, setDraft, kept] = useKeptDraft<Draft>(PLAN_DRAFT_KEY, initial);
  const [errors, setErrors] = useState<Record<string, RowError>>({});
  const [focusId, setFocusId] = useState<string | null>(null);
  const busy = useRef(false);

  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  function messageFor(problem: ItemProblem): string {
    if (problem.field === "phone") {
      if (problem.code === "tooLong") return t("edit.errors.phoneTooLong");
      return t(`edit.errors.${problem.code}`);
    }
    return t(`edit.errors.${problem.code}`, { max: PLAN_ITEM_MAX });
  }

  async function save(e: Event) {
    e.preventDefault();
    if (busy.current) return;
    const found: Record<string, RowError> = {};
    let first: string | null = null;
    for (const s of SAFETY_PLAN_SECTIONS) {
      for (const row of draft[s]) {
        const problem = itemProblem(row);
        if (!problem) continue;
        found[row.key] = { field: problem.field, message: messageFor(problem) };
        first ??= rowId(row, problem.field);
      }
    }
    setErrors(found);
    if (first) {
      announce(t("status.needsLook"));
      setFocusId(first);
      return;
    }
    busy.current = true;
    try {
      const sections = {} as PlanSections;
      for (const s of SAFETY_PLAN_SECTIONS) sections[s] = cleanSection(s, draft[s]);
      await saveSafetyPlan(sections);
      kept.clear();
      onSaved();
    } catch (err) {
      console.error(err);
      announce(t("common:saveFailed"));
    } finally {
      busy.current = false;
    }
  }

  return (
    <form class="stack" onSubmit={save} noValidate>
      <p>{t("edit.intro")}</p>
      <KeptDraftNotice kept={kept} />
      {SAFETY_PLAN_SECTIONS.map((s) => (
        <SectionEditor
          key={s}
          section={s}
          rows={draft[s]}
          errors={errors}
          onChange={(rows) => {
            setDraft((d) => ({ ...d, [s]: rows }));
            // A line's error goes once the person changes that line; the others stay.
            const changed = new Set(rows.filter((r) => !draft[s].includes(r)).map((r) => r.key));
            if (changed.size) {
              setErrors((old) => Object.fromEntries(Object.entries(old).filter(([k]) => !changed.has(k))));
            }
          }}
          focus={setFocusId}
          announce={announce}
        />
      ))}
      <div class="row sp-edit-actions">
        <button type="submit" class="primary">
          {t("edit.save")}
        </button>
        <CancelButton kept={kept} onCancel={onCancel}>
          {t("edit.cancel")}
        </CancelButton>
      </div>
    </form>
  );
}
