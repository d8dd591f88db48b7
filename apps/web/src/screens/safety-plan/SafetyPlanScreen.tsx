import { usePageTitle } from "../../app/usePageTitle.ts";
import { SosWayfinding } from "../../ui/SosWayfinding.tsx";

export function SafetyPlanScreen() {
  usePageTitle("My safety plan");
  return (
    <section class="stack">
      <h1>My safety plan</h1>
      <SosWayfinding />
    </section>
  );
}
