import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { readDraft } from "./draftStore.ts";

/**
 * What every card that can be changed in place shares (a refrain, a contact, a glimmer, a
 * therapy note): Edit opens the form with focus in it; when editing ends focus goes back to
 * Edit; and a card that was left mid-change (a kept draft under `draftKey`) opens in its form
 * again — without moving focus there, since the person has not asked for it this time.
 */
export function useEditingCard(draftKey: string) {
  const [editing, setEditing] = useState<false | "asked" | "kept">(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  useEffect(() => {
    let open = true;
    void readDraft(draftKey).then((kept) => {
      if (open && kept !== undefined) setEditing((e) => e || "kept");
    });
    return () => {
      open = false;
    };
  }, [draftKey]);

  // Before paint, so focus never visibly lands on the page first.
  useLayoutEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = Boolean(editing);
  }, [editing]);

  return {
    editing: Boolean(editing),
    /** Focus the form's first field: only when the person tapped Edit. */
    autoFocus: editing === "asked",
    editButton,
    open: () => setEditing("asked"),
    close: () => setEditing(false),
  };
}
