import { useTranslation } from "react-i18next";

const PAGES = [
  { sub: "", href: "/moderation", key: "queue" },
  { sub: "log", href: "/moderation/log", key: "log" },
  { sub: "settings", href: "/moderation/settings", key: "settings" },
] as const;

/** Queue, log and settings; the page open now is marked with aria-current. */
export function ModerationNav({ current }: { current: string }) {
  const { t } = useTranslation("moderation");
  return (
    <nav aria-label={t("nav.label")} class="mod-nav">
      <ul class="mod-nav-list">
        {PAGES.map((page) => (
          <li key={page.key}>
            <a class="button" href={page.href} aria-current={current === page.sub ? "page" : undefined}>
              {t(`nav.${page.key}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
