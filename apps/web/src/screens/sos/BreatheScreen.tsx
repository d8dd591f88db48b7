import { usePageTitle } from "../../app/usePageTitle.ts";
import { SosWayfinding } from "../../ui/SosWayfinding.tsx";

export function BreatheScreen() {
  usePageTitle("Pause and breathe");
  return (
    <section class="stack">
      <h1>Pause and breathe</h1>
      <SosWayfinding />
    </section>
  );
}
