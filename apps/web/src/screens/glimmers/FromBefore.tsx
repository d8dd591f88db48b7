import { type GlimmerRecord, localDayKey } from "@small-steps/core";
import { useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { db } from "../../store/db.ts";
import { formatDay } from "./dates.ts";

/**
 * Picks by primary key, so only a handful of records are read even with thousands in the
 * jar. Earlier days first; today's only when there is nothing earlier.
 */
async function pickGlimmer(avoidId: string | undefined): Promise<GlimmerRecord | undefined> {
  const today = localDayKey(new Date());
  const earlier = await db.glimmers.where("day").below(today).primaryKeys();
  for (const pool of [earlier, await db.glimmers.where("day").aboveOrEqual(today).primaryKeys()]) {
    const candidates = pool.length > 1 ? pool.filter((id) => id !== avoidId) : pool;
    for (let tries = 0; tries < 8 && candidates.length > 0; tries++) {
      const id = candidates[Math.floor(Math.random() * candidates.length)]!;
      const g = await db.glimmers.get(id);
      if (g && !g.deleted) return g;
    }
    // Many tombstones: fall back to reading this pool's live glimmers.
    const live = (await db.glimmers.bulkGet(candidates)).filter(
      (g): g is GlimmerRecord => g !== undefined && !g.deleted,
    );
    if (live.length > 0) return live[Math.floor(Math.random() * live.length)];
  }
  return undefined;
}

export function FromBefore() {
  const { t, i18n } = useTranslation("glimmers");
  const [glimmer, setGlimmer] = useState<GlimmerRecord | undefined>(undefined);

  return (
    <section class="card stack" aria-labelledby="before-heading">
      <h2 id="before-heading">{t("before.heading")}</h2>
      <p class="hint">{t("before.hint")}</p>
      <div class="row">
        <button type="button" onClick={async () => setGlimmer(await pickGlimmer(glimmer?.id))}>
          {glimmer ? t("before.another") : t("before.show")}
        </button>
      </div>
      <div aria-live="polite" aria-atomic="true">
        {glimmer && (
          <figure class="glimmer-before">
            <blockquote>
              <p>{glimmer.text}</p>
            </blockquote>
            <figcaption class="hint">
              {t("before.from", { date: formatDay(glimmer.day, i18n.language) })}
            </figcaption>
          </figure>
        )}
      </div>
    </section>
  );
}
