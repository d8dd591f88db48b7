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
  if (day && !Number.isNaN(new Date(`${day}T12:00:00`).getTime())) {
    return <DayDetail key={day} day={day} view={query.view === "year" ? "year" : "month"} />;
  }
  return <MosaicView />;
}
