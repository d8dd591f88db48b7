import { useEffect, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { refreshCircle } from "../../circle/engine.ts";
import { PushToggle } from "../../circle/push/PushToggle.tsx";
import { CircleGate } from "./CircleGate.tsx";
import { useInvites, usePeers, useProfile } from "./data.ts";
import { MyName } from "./MyName.tsx";
import { MyStatus } from "./MyStatus.tsx";
import { PendingInvites } from "./PendingInvites.tsx";
import { PeopleList } from "./PeopleList.tsx";
import { WhoCanRead } from "./WhoCanRead.tsx";

/** /circle: me (name, status), my people, invites waiting, and the ways to add someone. */
export function Hub() {
  const { t } = useTranslation("circle");
  return (
    <CircleGate title={t("title")}>
      <HubReady />
    </CircleGate>
  );
}

function HubReady() {
  const { t } = useTranslation("circle");
  const profile = useProfile();
  const peers = usePeers();
  // Read once: an invite that expires while the page is open simply stays until the next visit.
  const [now] = useState(() => Date.now());
  const invites = useInvites(now);

  useEffect(() => {
    void refreshCircle();
  }, []);

  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {profile !== undefined && (
        <>
          <MyName current={profile?.name ?? ""} />
          <MyStatus current={profile?.status ?? null} />
        </>
      )}
      {peers && <PeopleList peers={peers} />}
      <div class="circle-actions">
        <a class="button primary" href="/circle/invite">
          {t("invites.inviteSomeone")}
        </a>
        <a class="button" href="/circle/join">
          {t("invites.haveCode")}
        </a>
      </div>
      {invites && <PendingInvites invites={invites} />}
      <p>
        <a href="/circle/guide">{t("invites.guide")}</a>
      </p>
      <section class="card stack" aria-labelledby="circle-push-heading">
        <h2 id="circle-push-heading">{t("push.heading")}</h2>
        <PushToggle />
      </section>
      <WhoCanRead />
    </>
  );
}
