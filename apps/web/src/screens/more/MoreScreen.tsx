import { useEffect, useState } from "preact/hooks";
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

/**
 * Moderators and admins see a way to the moderation screen. Asked once when More opens; the API
 * client loads only then, so it never weighs on the first screen. Any failure, or no account,
 * simply means no link, and nothing is said about it.
 */
function useModerator(): boolean {
  const [moderator, setModerator] = useState(false);
  useEffect(() => {
    let live = true;
    import("../../stories/api.ts")
      .then(({ moderationApi }) => moderationApi.me())
      .then((r) => {
        if (live && r.ok && r.value.role !== null) setModerator(true);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return moderator;
}

/** Everything beyond the daily practice, one tap from the top bar on every screen. */
export function MoreScreen() {
  const { t } = useTranslation("more");
  usePageTitle(t("title"));
  const moderator = useModerator();
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
        {moderator && (
          <li>
            <a class="card more-link" href="/moderation">
              <span class="more-link-title">{t("moderation.title")}</span>
              <span class="hint">{t("moderation.hint")}</span>
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}
