import { useTranslation } from "react-i18next";
import { createRecord, nowFields } from "../../store/records.ts";
import { ShortTextForm } from "../../ui/ShortTextForm.tsx";

interface Props {
  onAdded: (message: string) => void;
}

/** A few words to bring to the next session; the field empties only once the note is saved. */
export function NoteForm({ onAdded }: Props) {
  const { t } = useTranslation("therapy");
  return (
    <ShortTextForm
      class="stack therapy-note-form"
      idPrefix="therapy-note"
      draftKey="therapyNote:new"
      rows={3}
      label={t("bring.label")}
      emptyMessage={t("bring.emptyNote")}
      tooLongMessage={(max) => t("bring.tooLong", { max })}
      submitLabel={t("bring.add")}
      onSave={async (text) => {
        await createRecord("therapyNote", { ...nowFields(), text, done: false });
        onAdded(t("bring.added"));
      }}
    />
  );
}
