import type { SenseId } from "@small-steps/core";
import { useTranslation } from "react-i18next";
import { createRecord, nowFields } from "../../store/records.ts";
import { ShortTextForm } from "../../ui/ShortTextForm.tsx";
import { SenseChips } from "./SenseChips.tsx";

interface Props {
  onSaved: (message: string) => void;
}

/** Two taps: a few words, then "Save glimmer". The sense is optional. */
export function GlimmerCapture({ onSaved }: Props) {
  const { t } = useTranslation("glimmers");
  return (
    <ShortTextForm
      class="card stack"
      labelledBy="glimmer-capture-heading"
      idPrefix="glimmer"
      draftKey="glimmer:new"
      label={t("capture.label")}
      placeholder={t("capture.placeholder")}
      emptyMessage={t("capture.empty")}
      tooLongMessage={(max) => t("capture.tooLong", { max })}
      submitLabel={t("capture.save")}
      choice={senseChoice}
      onSave={async (text, sense) => {
        await createRecord("glimmer", {
          ...nowFields(),
          text,
          ...(sense ? { sense: sense as SenseId } : {}),
        });
        onSaved(t("capture.saved"));
      }}
    >
      <h2 id="glimmer-capture-heading">{t("capture.heading")}</h2>
    </ShortTextForm>
  );
}

/** The glimmer's optional sense, kept in the short form's `choice` ("" when none). */
export const senseChoice = (value: string, set: (value: string) => void) => (
  <SenseChips value={(value || undefined) as SenseId | undefined} onChange={(s) => set(s ?? "")} />
);
