import { useLocation, useRoute } from "preact-iso";
import { useTranslation } from "react-i18next";
import { NotFound } from "../../app/NotFound.tsx";
import { usePageTitle } from "../../app/usePageTitle.ts";
import { GuideScreen } from "./GuideScreen.tsx";
import { Hub } from "./Hub.tsx";
import { InviteScreen } from "./InviteScreen.tsx";
import { JoinScreen } from "./JoinScreen.tsx";
import { PersonScreen } from "./PersonScreen.tsx";
import "./circle.css";

/**
 * The trusted circle (docs/circle.md), one lazy chunk:
 * /circle            me, my people, invites waiting
 * /circle/invite     invite someone: a code and a link, then the safety code
 * /circle/join       use someone's code (#CODE from a link), then the safety code
 * /circle/p/:peerId  one person: messages, one-tap words, boundaries
 * /circle/guide      how to be there for someone
 */
export function CircleScreen() {
  const { t } = useTranslation("circle");
  // The tab says "Your circle", never a person's name (someone may glance at the tab bar).
  usePageTitle(t("title"));
  const { path } = useLocation();
  const { params } = useRoute();
  const sub = path.replace(/^\/circle\/?/, "").replace(/\/$/, "");
  return <section class="stack circle">{screenFor(sub, params.peerId)}</section>;
}

function screenFor(sub: string, peerId: string | undefined) {
  if (sub === "") return <Hub />;
  if (sub === "invite") return <InviteScreen />;
  if (sub === "join") return <JoinScreen />;
  if (sub === "guide") return <GuideScreen />;
  if (sub.startsWith("p/") && peerId) return <PersonScreen key={peerId} peerId={peerId} />;
  return <NotFound />;
}
