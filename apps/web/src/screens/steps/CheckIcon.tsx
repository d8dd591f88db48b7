/** A soft check: a shape, not only a colour, so the state reads without colour vision. */
export function CheckIcon() {
  return (
    <svg
      class="check-icon"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      width="18"
      height="18"
      fill="none"
      stroke="currentColor"
      stroke-width="2.5"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <path d="M20 6 9 17l-5-5" />
    </svg>
  );
}
