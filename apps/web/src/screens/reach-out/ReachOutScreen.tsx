import { usePageTitle } from "../../app/usePageTitle.ts";
import { SosWayfinding } from "../../ui/SosWayfinding.tsx";

export function ReachOutScreen() {
  usePageTitle("Reach out");
  return (
    <section class="stack">
      <h1>Reach out</h1>
      <SosWayfinding />
    </section>
  );
}
