import { usePageTitle } from "../../app/usePageTitle.ts";
import { SosWayfinding } from "../../ui/SosWayfinding.tsx";

export function SosHub() {
  usePageTitle("Take a moment");
  return (
    <section class="stack">
      <h1>Take a moment</h1>
      <SosWayfinding />
    </section>
  );
}
