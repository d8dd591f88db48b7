import { usePageTitle } from "../../app/usePageTitle.ts";

export function TherapyScreen() {
  usePageTitle("Therapy companion");
  return (
    <section class="stack">
      <h1>Therapy companion</h1>
    </section>
  );
}
