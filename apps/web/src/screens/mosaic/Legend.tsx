import { useTranslation } from "react-i18next";

const SWATCHES = [
  ["steady", "tile tone-steady"],
  ["overwhelmed", "tile tone-overwhelmed"],
  ["shutDown", "tile tone-shutDown"],
  ["mixed", "tile tone-mixed a-steady b-overwhelmed"],
  ["noPlace", "tile tone-noPlace"],
  ["empty", "tile tone-empty"],
] as const;

/** Colours and shapes said in words, so nobody has to guess from colour alone. */
export function Legend() {
  const { t } = useTranslation("mosaic");
  return (
    <section class="card stack" aria-labelledby="legend-heading">
      <h2 id="legend-heading">{t("legend.heading")}</h2>
      <ul class="mosaic-legend">
        {SWATCHES.map(([key, cls]) => (
          <li key={key}>
            <span class={`legend-swatch ${cls}`} aria-hidden="true" />
            <span>{t(`legend.${key}`)}</span>
          </li>
        ))}
        <li>
          <span class="legend-swatch tile tone-empty" aria-hidden="true">
            <span class="tile-marks">
              <span class="mark-dot" />
              <span class="mark-dot" />
            </span>
          </span>
          <span>{t("legend.dots")}</span>
        </li>
        <li>
          <span class="legend-swatch tile tone-empty" aria-hidden="true">
            <span class="mark-star" />
          </span>
          <span>{t("legend.star")}</span>
        </li>
        <li>
          <span class="legend-swatch tile tone-empty" aria-hidden="true">
            <span class="mark-line" />
          </span>
          <span>{t("legend.line")}</span>
        </li>
        <li>
          <span class="legend-swatch tile tone-steady is-return" aria-hidden="true" />
          <span>{t("legend.return")}</span>
        </li>
        <li>
          <span class="legend-swatch tile tone-empty is-today" aria-hidden="true">
            <span class="tile-num">1</span>
          </span>
          <span>{t("legend.today")}</span>
        </li>
      </ul>
    </section>
  );
}
