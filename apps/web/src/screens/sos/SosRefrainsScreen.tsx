import { usePageTitle } from "../../app/usePageTitle.ts";
import { SosWayfinding } from "../../ui/SosWayfinding.tsx";

export function SosRefrainsScreen() {
  usePageTitle("My refrains");
  return (
    <section class="stack">
      <h1>My refrains</h1>
      <SosWayfinding />
    </section>
  );
}
