import { useTranslation } from "react-i18next";

/** The ways on from the feed: write, my stories, reading filters, people blocked. */
export function StoriesNav() {
  const { t } = useTranslation("stories");
  return (
    <nav aria-label={t("nav.label")} class="read-nav">
      <ul class="read-nav-list">
        <li>
          <a class="button primary" href="/stories/write">
            {t("nav.write")}
          </a>
        </li>
        <li>
          <a class="button" href="/stories/mine">
            {t("nav.mine")}
          </a>
        </li>
        <li>
          <a class="button" href="/stories/filters">
            {t("nav.filters")}
          </a>
        </li>
        <li>
          <a class="button" href="/stories/blocked">
            {t("nav.blocked")}
          </a>
        </li>
      </ul>
    </nav>
  );
}
