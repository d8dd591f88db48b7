import {
  countryFromLocale,
  crisisCountries,
  crisisLinesData,
  dayKeyToDate,
  OTHER_COUNTRY,
  selectCrisisLines,
} from "@small-steps/core";
import { useEffect, useLayoutEffect, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle.ts";
import { updateSettings, useSettings } from "../../settings/useSettings.ts";
import { markToolUsed } from "../../sos/session.ts";
import { useLiveQuery } from "../../store/live.ts";
import { SosWayfinding } from "../../ui/SosWayfinding.tsx";
import { loadSafetyPlan } from "../safety-plan/planStore.ts";
import { countryName } from "./countryName.ts";
import { EmergencyCard } from "./EmergencyCard.tsx";
import { LineCard } from "./LineCard.tsx";
import { OwnNumbers } from "./OwnNumbers.tsx";
import "./crisisLines.css";

/** The device's country from its languages; undefined where there is no navigator (build time). */
function deviceCountry(): string | undefined {
  if (typeof navigator === "undefined") return undefined;
  return countryFromLocale(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

export function CrisisLinesScreen() {
  const { t, i18n } = useTranslation("crisisLines");
  usePageTitle(t("title"));
  const settings = useSettings();
  const data = crisisLinesData();
  const own = useLiveQuery(loadSafetyPlan, [], undefined);
  // This page is also written to static HTML at build time, where there is no device and no
  // setting: it then lists every country. The device's country and the person's choice are
  // read after the first render, before paint, so the static page and the app agree.
  const [device, setDevice] = useState<{ ready: boolean; country?: string }>({ ready: false });
  useLayoutEffect(() => setDevice({ ready: true, country: deviceCountry() }), []);
  useEffect(() => {
    void markToolUsed("crisisLines");
  }, []);

  const countries = crisisCountries(data);
  const choice = device.ready ? settings.crisisCountry : "auto";
  const country = choice === "auto" ? device.country : choice;
  const selection = selectCrisisLines({ data, country, own });
  const name = (code: string) => countryName(code, i18n.language);
  const selectValue = choice === "auto" || countries.includes(choice) ? choice : OTHER_COUNTRY;
  const checked = new Intl.DateTimeFormat(i18n.language, {
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(dayKeyToDate(data.checked));

  const emergency = (
    <EmergencyCard
      number={selection.emergency.number}
      guessed={selection.emergency.guessed}
      country={selection.country && name(selection.country)}
    />
  );

  let note: string;
  if (!device.ready || (choice === "auto" && !device.country)) note = t("country.unknown");
  else if (country && country !== OTHER_COUNTRY) note = t("country.notListed", { country: name(country) });
  else note = t("country.otherNote");

  return (
    <section class="stack crisis-lines">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>

      <OwnNumbers own={own === undefined ? undefined : selection.own} />

      {/* Without a known country, the emergency number comes before the long list. */}
      {selection.showAll && emergency}

      <section class="stack" aria-labelledby="cl-lines-heading">
        <h2 id="cl-lines-heading">{t("country.heading")}</h2>
        <div class="field">
          <label for="cl-country">{t("country.label")}</label>
          <p id="cl-country-hint" class="hint">
            {t("country.hint")}
          </p>
          <select
            id="cl-country"
            aria-describedby="cl-country-hint"
            value={selectValue}
            onChange={(e) => updateSettings({ crisisCountry: e.currentTarget.value })}
          >
            <option value="auto">
              {device.country
                ? t("country.auto", { country: name(device.country) })
                : t("country.autoUnknown")}
            </option>
            {[...countries]
              .sort((a, b) => name(a).localeCompare(name(b), i18n.language))
              .map((code) => (
                <option key={code} value={code}>
                  {name(code)}
                </option>
              ))}
            <option value={OTHER_COUNTRY}>{t("country.other")}</option>
          </select>
        </div>

        {selection.showAll ? (
          <div>
            <p>{note}</p>
            <ul class="plain-list cl-countries">
              {countries.map((code) => {
                const lines = data.lines.filter((l) => l.country === code);
                return (
                  <li key={code} class="cl-country">
                    <h3 id={`cl-country-${code}`}>{name(code)}</h3>
                    <p class="cl-emergency-line">{t("line.emergency", { number: lines[0]?.emergency })}</p>
                    <ul class="plain-list" aria-labelledby={`cl-country-${code}`}>
                      {lines.map((line) => (
                        <LineCard key={line.name} line={line} level={4} />
                      ))}
                    </ul>
                  </li>
                );
              })}
            </ul>
          </div>
        ) : (
          <div>
            <ul class="plain-list">
              {selection.lines.map((line) => (
                <LineCard key={line.name} line={line} level={3} />
              ))}
            </ul>
          </div>
        )}
      </section>

      {!selection.showAll && emergency}

      <section class="card cl-note" aria-labelledby="cl-note-heading">
        <h2 id="cl-note-heading">{t("note.heading")}</h2>
        <p>{t("note.body")}</p>
        <p class="hint">{t("note.checked", { date: checked })}</p>
      </section>

      <SosWayfinding current="crisisLines" />
    </section>
  );
}
