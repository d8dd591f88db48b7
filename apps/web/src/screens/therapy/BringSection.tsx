import { openNotes, type TherapyNoteRecord, talkedAboutNotes } from "@small-steps/core";
import { useTranslation } from "react-i18next";
import { deleteRecord, restoreRecord, updateRecord } from "../../store/records.ts";
import type { PendingUndo } from "../../ui/useUndo.ts";
import { useTherapyNotes } from "./data.ts";
import { MarkedEntries } from "./MarkedEntries.tsx";
import { NoteForm } from "./NoteForm.tsx";
import { NoteItem } from "./NoteItem.tsx";

interface Props {
  offer: (undo: PendingUndo) => void;
  announce: (message: string) => void;
}

const focusList = () => document.getElementById("open-notes-heading")?.focus();

/** "Bring to my next session": the person's own notes, and the journal entries they marked. */
export function BringSection({ offer, announce }: Props) {
  const { t } = useTranslation("therapy");
  const notes = useTherapyNotes();
  const open = notes ? openNotes(notes) : [];
  const done = notes ? talkedAboutNotes(notes) : [];

  async function markDone(note: TherapyNoteRecord) {
    await updateRecord("therapyNote", note.id, { done: true });
    // The note has left the list; its heading is a calm place for focus to land.
    focusList();
    offer({
      message: t("bring.markedDone"),
      undo: async () => {
        await updateRecord("therapyNote", note.id, { done: false });
      },
    });
  }

  async function remove(note: TherapyNoteRecord) {
    await deleteRecord("therapyNote", note.id);
    focusList();
    offer({ message: t("bring.deleted"), undo: () => restoreRecord("therapyNote", note.id) });
  }

  async function bringBack(note: TherapyNoteRecord) {
    await updateRecord("therapyNote", note.id, { done: false });
    announce(t("bring.broughtBack"));
  }

  return (
    <section class="card stack" aria-labelledby="bring-heading">
      <h2 id="bring-heading">{t("bring.heading")}</h2>
      <p class="hint">{t("bring.intro")}</p>
      <NoteForm onAdded={announce} />

      <div class="stack">
        <h3 id="open-notes-heading" tabIndex={-1}>
          {t("bring.openHeading")}
        </h3>
        {notes === undefined ? null : open.length === 0 ? (
          <p class="hint">{t("bring.empty")}</p>
        ) : (
          <ul class="plain-list" aria-labelledby="open-notes-heading">
            {open.map((note) => (
              <NoteItem key={note.id} note={note} onDone={markDone} onDelete={remove} onSaved={announce} />
            ))}
          </ul>
        )}
      </div>

      <MarkedEntries offer={offer} />

      {done.length > 0 && (
        <details class="therapy-details">
          <summary>{t("bring.doneHeading")}</summary>
          <ul class="plain-list">
            {done.map((note) => (
              <li key={note.id} class="therapy-done">
                <p id={`done-${note.id}`} class="therapy-text">
                  {note.text}
                </p>
                <button
                  type="button"
                  aria-describedby={`done-${note.id}`}
                  onClick={() => void bringBack(note)}
                >
                  {t("bring.bringBack")}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
