import { usePageTitle } from "../../app/usePageTitle.ts";
import { SosWayfinding } from "../../ui/SosWayfinding.tsx";

export function ShapeScreen() {
  usePageTitle("Notice the shape");
  return (
    <section class="stack">
      <h1>Notice the shape</h1>
      <SosWayfinding />
    </section>
  );
}
