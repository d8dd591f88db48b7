import { dayKeyToDate, localDayKey } from "@small-steps/core";
import { useLocation } from "preact-iso";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle.ts";
import { DayDetail } from "./DayDetail.tsx";
import { MosaicView } from "./MosaicView.tsx";
import "./mosaic.css";

const DAY_PATH = /^\/mosaic\/day\/(\d{4}-\d{2}-\d{2})$/;

/** /mosaic shows the tiles; /mosaic/day/YYYY-MM-DD opens one day. */
export function MosaicScreen() {
  const { t } = useTranslation("mosaic");
  const { path, query } = useLocation();
  usePageTitle(t("title"));
  const match = DAY_PATH.exec(path);
  const day = match?.[1];
  // A round trip rejects impossible days such as 2026-02-30 instead of rolling them over.
  if (day && localDayKey(dayKeyToDate(day)) === day) {
    return <DayDetail key={day} day={day} view={query.view === "year" ? "year" : "month"} />;
  }
  return <MosaicView />;
}
