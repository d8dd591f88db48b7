import { usePageTitle } from "../../app/usePageTitle.ts";
import { SosWayfinding } from "../../ui/SosWayfinding.tsx";

export function WarmthScreen() {
  usePageTitle("Warmth");
  return (
    <section class="stack">
      <h1>Warmth</h1>
      <SosWayfinding />
    </section>
  );
}
