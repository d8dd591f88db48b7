import "./navLinks.css";

export interface NavLink {
  href: string;
  label: string;
  /** The way on most people take, in the primary look. */
  primary?: boolean;
  /** The page open now, marked with aria-current. */
  current?: boolean;
}

/** A screen's own ways on, as a wrapping row of button links in a labelled nav. */
export function NavLinks({
  label,
  links,
  class: className,
}: {
  label: string;
  links: NavLink[];
  class: string;
}) {
  return (
    <nav aria-label={label} class={className}>
      <ul class="nav-links">
        {links.map((link) => (
          <li key={link.href}>
            <a
              class={link.primary ? "button primary" : "button"}
              href={link.href}
              aria-current={link.current ? "page" : undefined}
            >
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
