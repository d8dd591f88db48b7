import { useLocation } from "preact-iso";
import { useTranslation } from "react-i18next";
import { NAV_ROUTES } from "./routes.ts";

function isCurrent(path: string, current: string): boolean {
  return path === "/" ? current === "/" : current === path || current.startsWith(`${path}/`);
}

export function Nav() {
  const { t } = useTranslation();
  const { path } = useLocation();
  return (
    <nav aria-label={t("nav.label")} class="main-nav">
      <ul>
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
