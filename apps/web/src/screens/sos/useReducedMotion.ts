import { useEffect, useState } from "preact/hooks";
import { useSettings } from "../../settings/useSettings.ts";

const QUERY = "(prefers-reduced-motion: reduce)";

/** The in-app setting or the operating system's preference, kept current while the screen is open. */
export function useReducedMotion(): boolean {
  const settings = useSettings();
  const [system, setSystem] = useState(() =>
    typeof window === "undefined" ? false : window.matchMedia(QUERY).matches,
  );
  useEffect(() => {
    const media = window.matchMedia(QUERY);
    const update = () => setSystem(media.matches);
    update();
    media.addEventListener("change", update);
    return () => media.removeEventListener("change", update);
  }, []);
  return settings.reduceMotion || system;
}
