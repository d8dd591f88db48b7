import { moveItem, type SafetyPlanSection, SECTIONS_WITH_PHONE } from "@small-steps/core";
import { useTranslation } from "react-i18next";
import { newRow, type Row } from "./draft.ts";

/** The most lines a part holds (the record schema's limit). */
export const MAX_ROWS = 30;

export interface RowError {
  field: "text" | "phone";
  message: string;
}

interface Props {
  section: SafetyPlanSection;
  rows: Row[];
  errors: Record<string, RowError>;
  onChange: (rows: Row[]) => void;
  /** Moves focus to the element with this id once the change has rendered. */
  focus: (id: string) => void;
  announce: (message: string) => void;
}

export const rowId = (row: Row, part: "text" | "phone" | "up" | "down" | "remove" | "error") =>
  `sp-${row.key}-${part}`;

/** One part of the plan while editing: its lines, each movable and removable, and a way to add one. */
export function SectionEditor({ section, rows, errors, onChange, focus, announce }: Props) {
  const { t } = useTranslation("safetyPlan");
  const heading = t(`sections.${section}.heading`);
  const headingId = `sp-edit-${section}`;
  const explainId = `sp-edit-${section}-explain`;
  const examplesId = `sp-edit-${section}-examples`;
  const withPhone = SECTIONS_WITH_PHONE.includes(section);

  const update = (index: number, patch: Partial<Row>) =>
    onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));

  const move = (index: number, delta: -1 | 1, row: Row) => {
    const target = index + delta;
    if (target < 0 || target >= rows.length) return;
    onChange(moveItem(rows, index, delta));
    // Moving a focused element in the DOM drops its focus; put it back on the same button.
    focus(rowId(row, delta < 0 ? "up" : "down"));
    announce(t("status.moved", { n: target + 1, count: rows.length }));
  };

  const remove = (index: number) => {
    const rest = rows.filter((_, i) => i !== index);
    const after = rest[index] ?? rest[index - 1];
    onChange(rest);
    focus(after ? rowId(after, "text") : `sp-add-${section}`);
    announce(t("status.removed"));
  };

  const add = () => {
    const row = newRow();
    onChange([...rows, row]);
    focus(rowId(row, "text"));
    announce(t("status.added"));
  };

  return (
    <section class="card stack sp-section" aria-labelledby={headingId}>
      <div>
        <h2 id={headingId}>{heading}</h2>
        <p id={explainId} class="hint">
          {t(`sections.${section}.explain`)}
        </p>
        <p id={examplesId} class="hint sp-examples">
          {t(`sections.${section}.examples`)}
        </p>
      </div>
      {rows.length > 0 && (
        <ol class="plain-list sp-rows">
          {rows.map((row, i) => {
            const n = i + 1;
            const error = errors[row.key];
            const name = row.text.trim() || t("edit.lineName", { section: heading, n });
            const describedBy = (field: "text" | "phone") =>
              [
                field === "text" && i === 0 ? `${explainId} ${examplesId}` : "",
                error?.field === field ? rowId(row, "error") : "",
              ]
                .filter(Boolean)
                .join(" ") || undefined;
            return (
              <li key={row.key} class="sp-row">
                <div class="field">
                  <label for={rowId(row, "text")}>
                    <span aria-hidden="true">{t("edit.line", { n })}</span>
                    <span class="visually-hidden">{t("edit.lineName", { section: heading, n })}</span>
                  </label>
                  <input
                    id={rowId(row, "text")}
                    type="text"
                    autocomplete="off"
                    value={row.text}
                    aria-describedby={describedBy("text")}
                    aria-invalid={error?.field === "text" ? true : undefined}
                    onInput={(e) => update(i, { text: e.currentTarget.value })}
                  />
                </div>
                {withPhone && (
                  <div class="field">
                    <label for={rowId(row, "phone")}>
                      <span aria-hidden="true">{t("edit.phone", { n })}</span>
                      <span class="visually-hidden">{t("edit.phoneName", { section: heading, n })}</span>
                    </label>
                    <input
                      id={rowId(row, "phone")}
                      type="tel"
                      inputMode="tel"
                      autocomplete="off"
                      value={row.phone}
                      aria-describedby={describedBy("phone")}
                      aria-invalid={error?.field === "phone" ? true : undefined}
                      onInput={(e) => update(i, { phone: e.currentTarget.value })}
                    />
                  </div>
                )}
                {error && (
                  <p id={rowId(row, "error")} class="error-message">
                    {error.message}
                  </p>
                )}
                <div class="row sp-row-actions">
                  {/* aria-disabled, not disabled: a disabled button would drop the keyboard's focus. */}
                  {rows.length > 1 && (
                    <>
                      <button
                        id={rowId(row, "up")}
                        type="button"
                        aria-label={t("edit.moveUpName", { item: name })}
                        aria-disabled={i === 0 ? true : undefined}
                        onClick={() => move(i, -1, row)}
                      >
                        {t("edit.moveUp")}
                      </button>
                      <button
                        id={rowId(row, "down")}
                        type="button"
                        aria-label={t("edit.moveDownName", { item: name })}
                        aria-disabled={i === rows.length - 1 ? true : undefined}
                        onClick={() => move(i, 1, row)}
                      >
                        {t("edit.moveDown")}
                      </button>
                    </>
                  )}
                  <button
                    id={rowId(row, "remove")}
                    type="button"
                    class="quiet"
                    aria-label={t("edit.removeName", { item: name })}
                    onClick={() => remove(i)}
                  >
                    {t("edit.remove")}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {rows.length < MAX_ROWS ? (
        <button
          id={`sp-add-${section}`}
          type="button"
          aria-label={t("edit.addName", { section: heading })}
          onClick={add}
        >
          {t("edit.add")}
        </button>
      ) : (
        <p id={`sp-add-${section}`} class="hint" tabIndex={-1}>
          {t("edit.full", { max: MAX_ROWS })}
        </p>
      )}
    </section>
  );
}
