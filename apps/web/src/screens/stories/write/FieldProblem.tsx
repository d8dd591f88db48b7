/** A kind message beside one field; its id goes in the field's aria-describedby. */
export function FieldProblem({ id, text }: { id: string; text: string | null }) {
  if (!text) return null;
  return (
    <p id={id} class="error-message story-field-problem">
      {text}
    </p>
  );
}

/** The ids that describe a field: its hint, and its problem when it has one. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(" ");
  return list || undefined;
}
