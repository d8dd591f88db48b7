import { useTranslation } from "react-i18next";
import { NavLinks } from "../../ui/NavLinks.tsx";

const PAGES = [
  { sub: "", href: "/moderation", key: "queue" },
  { sub: "log", href: "/moderation/log", key: "log" },
  { sub: "settings", href: "/moderation/settings", key: "settings" },
] as const;

/** Queue, log and settings; the page open now is marked with aria-current. */
export function ModerationNav({ current }: { current: string }) {
  const { t } = useTranslation("moderation");
  return (
    <NavLinks
      label={t("nav.label")}
      class="mod-nav"
      links={PAGES.map((page) => ({
        href: page.href,
        label: t(`nav.${page.key}`),
        current: current === page.sub,
      }))}
    />
  );
}
