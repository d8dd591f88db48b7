import { useTranslation } from "react-i18next";

const PARTS = ["stay", "ask", "fix", "believe", "words", "self"] as const;

/** /circle/guide: being there for someone, in a few short lines. Open to anyone, no account needed. */
export function GuideScreen() {
  const { t } = useTranslation("circle");
  return (
    <>
      <h1>{t("guide.title")}</h1>
      <p>{t("guide.intro")}</p>
      {PARTS.map((p) => (
        <section key={p} class="stack circle-guide-part" aria-labelledby={`circle-guide-${p}`}>
          <h2 id={`circle-guide-${p}`}>{t(`guide.${p}Heading`)}</h2>
          <p>{t(`guide.${p}`)}</p>
        </section>
      ))}
      <section class="card stack" aria-labelledby="circle-guide-emergency">
        <h2 id="circle-guide-emergency">{t("guide.emergencyHeading")}</h2>
        <p>{t("guide.emergency")}</p>
        <p>
          <a href="/crisis-lines">{t("guide.crisisLink")}</a>
        </p>
      </section>
      <p>
        <a href="/circle">{t("back")}</a>
      </p>
    </>
  );
}
