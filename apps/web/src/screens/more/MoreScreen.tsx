import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle.ts";

const LINKS = [
  { href: "/circle", key: "circle" },
  { href: "/stories", key: "stories" },
  { href: "/insights", key: "insights" },
  { href: "/measures", key: "measures" },
  { href: "/therapy", key: "therapy" },
  { href: "/your-data", key: "yourData" },
  { href: "/account", key: "account" },
  { href: "/settings", key: "settings" },
] as const;

/** Everything beyond the daily practice, one tap from the top bar on every screen. */
export function MoreScreen() {
  const { t } = useTranslation("more");
  usePageTitle(t("title"));
  return (
    <section class="stack">
      <h1>{t("title")}</h1>
      <ul class="plain-list more-list">
        {LINKS.map((l) => (
          <li key={l.href}>
            <a class="card more-link" href={l.href}>
              <span class="more-link-title">{t(`${l.key}.title`)}</span>
              <span class="hint">{t(`${l.key}.hint`)}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
