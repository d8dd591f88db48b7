/** Placeholder: being built. */
export function FromJournalScreen(_props: { entryId: string }) {
  return <p>…</p>;
}
