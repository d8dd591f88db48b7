import { useLayoutEffect, useRef } from "preact/hooks";
import { useLocation } from "preact-iso";
import { useTranslation } from "react-i18next";
import { useHeightAsCssVar } from "./barHeight.ts";
import { NAV_ROUTES } from "./routes.ts";

function isCurrent(path: string, current: string): boolean {
  return path === "/" ? current === "/" : current === path || current.startsWith(`${path}/`);
}

/**
 * With large text the links scroll sideways inside the nav; the current screen's link is
 * brought to the middle of that row (the row only: the page itself never moves).
 */
function showCurrent(list: HTMLUListElement | null) {
  const current = list?.querySelector<HTMLElement>('[aria-current="page"]');
  if (!list || !current || list.scrollWidth <= list.clientWidth) return;
  const row = list.getBoundingClientRect();
  const link = current.getBoundingClientRect();
  list.scrollLeft += link.left + link.width / 2 - (row.left + row.width / 2);
}

export function Nav() {
  const { t } = useTranslation();
  const { path } = useLocation();
  const nav = useRef<HTMLElement>(null);
  const list = useRef<HTMLUListElement>(null);
  useHeightAsCssVar(nav, "--bottom-bar-height");
  useLayoutEffect(() => showCurrent(list.current), [path]);
  return (
    <nav aria-label={t("nav.label")} class="main-nav" ref={nav}>
      <ul ref={list}>
        {NAV_ROUTES.map((r) => (
          <li key={r.path}>
            <a href={r.path} aria-current={isCurrent(r.path, path) ? "page" : undefined}>
              {t(`nav.${r.key}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
