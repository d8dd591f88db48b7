import type { StepRecord } from "@small-steps/core";
import { useTranslation } from "react-i18next";
import { CheckIcon } from "./CheckIcon.tsx";
import { type StepDraft, StepForm } from "./StepForm.tsx";
import { stepTitle } from "./stepTitle.ts";

interface Props {
  step: StepRecord;
  loggedToday: boolean;
  editing: boolean;
  onLog: () => void;
  onEdit: () => void;
  onCancelEdit: () => void;
  onSave: (draft: StepDraft) => Promise<void>;
  onArchive: () => void;
}

/** One step: its name, a quiet "logged today", one tap to log, and a way to change it. */
export function StepItem({
  step,
  loggedToday,
  editing,
  onLog,
  onEdit,
  onCancelEdit,
  onSave,
  onArchive,
}: Props) {
  const { t } = useTranslation("steps");
  const title = stepTitle(step, t);
  if (editing) {
    return (
      <li class="step-item card">
        <StepForm
          mode="edit"
          draftKey={`step:${step.id}`}
          initial={{ title, category: step.category, needs: [...step.needs] }}
          onSave={onSave}
          onCancel={onCancelEdit}
          onArchive={onArchive}
        />
      </li>
    );
  }
  return (
    <li class="step-item">
      <div class="step-text">
        <span class="step-title">{title}</span>
        {loggedToday && (
          <span class="logged-today">
            <CheckIcon />
            {t("loggedToday")}
          </span>
        )}
      </div>
      <div class="row step-actions">
        <button type="button" class="log-button" onClick={onLog} aria-label={t("logLabel", { title })}>
          {t("log")}
        </button>
        <button
          type="button"
          class="quiet"
          onClick={onEdit}
          aria-label={t("editLabel", { title })}
          data-edit-step={step.id}
        >
          {t("edit")}
        </button>
      </div>
    </li>
  );
}
