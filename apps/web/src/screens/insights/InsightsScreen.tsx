import { usePageTitle } from "../../app/usePageTitle.ts";

export function InsightsScreen() {
  usePageTitle("What helps");
  return (
    <section class="stack">
      <h1>What helps</h1>
    </section>
  );
}
