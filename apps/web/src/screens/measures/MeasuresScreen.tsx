import { usePageTitle } from "../../app/usePageTitle.ts";

export function MeasuresScreen() {
  usePageTitle("Self-measures");
  return (
    <section class="stack">
      <h1>Self-measures</h1>
    </section>
  );
}
