import { type CrisisLine, smsHref, telHref } from "@small-steps/core";
import { useTranslation } from "react-i18next";

/** One public line: its name and hours, a call (and text) link, and where the facts came from. */
export function LineCard({ line, level }: { line: CrisisLine; level: 3 | 4 }) {
  const { t } = useTranslation("crisisLines");
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <li class="card cl-line">
      <Heading class="cl-line-name">{line.name}</Heading>
      <p class="cl-hours">{t("line.hours", { hours: line.hours })}</p>
      <div class="row cl-actions">
        <a class="button primary" href={telHref(line.phone)}>
          {t("line.call", { name: line.name, phone: line.phone })}
        </a>
        {line.text && (
          <a class="button" href={smsHref(line.text)}>
            {t("line.text", { number: line.text })}
          </a>
        )}
      </div>
      <p class="cl-source">{t("line.source", { source: line.source })}</p>
    </li>
  );
}
