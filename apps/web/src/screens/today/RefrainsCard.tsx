import { useTranslation } from "react-i18next";
import { useFavouriteRefrains } from "./data.ts";

/** The person's favourite refrains, in their own words, quietly near the top of the day. */
export function RefrainsCard() {
  const { t } = useTranslation("today");
  const refrains = useFavouriteRefrains();
  if (!refrains || refrains.length === 0) return null;
  return (
    <section class="card refrains-card" aria-labelledby="today-refrains-h">
      <h2 id="today-refrains-h">{t("refrains.heading")}</h2>
      <ul>
        {refrains.map((r) => (
          <li key={r.id}>{r.newRefrain}</li>
        ))}
      </ul>
    </section>
  );
}
