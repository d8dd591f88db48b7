/** How long a screen may take to show its heading (a lazy part, a first read of the database). */
const HEADING_WAIT_MS = 3000;

/**
 * After client-side navigation, focus goes to the new screen's heading, where reading starts and
 * where a screen reader announces it, not the link that was followed. preventScroll: the router
 * has just put the page at its top, and the top bar with "I'm struggling" must stay in view
 * (focusing with scrolling moved the page down by the bar's height, issue 13).
 *
 * Screens settle for a moment: a lazy part or a first read of the database may show the heading
 * late, or swap a "looking…" heading for the real one (which drops focus to the page). For that
 * moment, focus follows to the heading, unless the person has already put it somewhere.
 */
export function focusNewScreen(): void {
  const main = document.getElementById("main");
  if (!main) return;
  if (!focusHeading(main)) main.focus({ preventScroll: true });
  const observer = new MutationObserver(() => {
    const active = document.activeElement;
    const unplaced = active === null || active === document.body || active === main;
    if (unplaced) focusHeading(main);
    else if (active.tagName !== "H1") observer.disconnect();
  });
  observer.observe(main, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), HEADING_WAIT_MS);
}

function focusHeading(main: HTMLElement): boolean {
  const heading = main.querySelector("h1");
  if (!heading) return false;
  // Focusable by script only: tabindex -1 keeps it out of the Tab order.
  if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
  heading.focus({ preventScroll: true });
  return true;
}
