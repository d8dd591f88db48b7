import { usePageTitle } from "../../app/usePageTitle.ts";
import { SosWayfinding } from "../../ui/SosWayfinding.tsx";

export function CrisisLinesScreen() {
  usePageTitle("Crisis lines");
  return (
    <section class="stack">
      <h1>Crisis lines</h1>
      <SosWayfinding />
    </section>
  );
}
