import { usePageTitle } from "../../app/usePageTitle.ts";

export function YourDataScreen() {
  usePageTitle("Your data");
  return (
    <section class="stack">
      <h1>Your data</h1>
    </section>
  );
}
