import { useTranslation } from "react-i18next";
import { NavLinks } from "../../../ui/NavLinks.tsx";

/** The ways on from the feed: write, my stories, reading filters, people blocked. */
export function StoriesNav() {
  const { t } = useTranslation("stories");
  return (
    <NavLinks
      label={t("nav.label")}
      class="read-nav"
      links={[
        { href: "/stories/write", label: t("nav.write"), primary: true },
        { href: "/stories/mine", label: t("nav.mine") },
        { href: "/stories/filters", label: t("nav.filters") },
        { href: "/stories/blocked", label: t("nav.blocked") },
      ]}
    />
  );
}
