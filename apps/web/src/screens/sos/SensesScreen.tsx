import { usePageTitle } from "../../app/usePageTitle.ts";
import { SosWayfinding } from "../../ui/SosWayfinding.tsx";

export function SensesScreen() {
  usePageTitle("Five things you can see");
  return (
    <section class="stack">
      <h1>Five things you can see</h1>
      <SosWayfinding />
    </section>
  );
}
