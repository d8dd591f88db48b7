import type { SosTool } from "@small-steps/core";
import { useTranslation } from "react-i18next";
import { useLockStatus } from "../../lock/lockState.ts";

/** Tools made of the person's own words: sealed while App lock is locked (GatedRouter). */
const OWN_WORDS: ReadonlySet<SosTool> = new Set(["refrains", "reachOut", "safetyPlan"]);

const TOOL_LINKS: readonly { tool: SosTool; href: string }[] = [
  { tool: "breathe", href: "/sos/breathe" },
  { tool: "senses", href: "/sos/senses" },
  { tool: "shape", href: "/sos/shape" },
  { tool: "warmth", href: "/sos/warmth" },
  { tool: "refrains", href: "/sos/refrains" },
  { tool: "reachOut", href: "/sos/reach-out" },
  { tool: "safetyPlan", href: "/safety-plan" },
  { tool: "crisisLines", href: "/crisis-lines" },
];

/**
 * Every tool as a large card. The whole card is the tap target, but the link's name is only
 * the tool's name (the line under it is its description), so it reads and finds cleanly.
 */
export function ToolList() {
  const { t } = useTranslation("sos");
  // Locked, those tools still open (to "unlock to see"): their line says so before the tap.
  const locked = useLockStatus() === "locked";
  return (
    <ul class="sos-tools">
      {TOOL_LINKS.map(({ tool, href }) => (
        <li key={tool} class="sos-tool">
          <a href={href} aria-describedby={`sos-tool-${tool}-hint`}>
            {t(`tools.${tool}`)}
          </a>
          <span class="sos-tool-hint" id={`sos-tool-${tool}-hint`}>
            {t(`tools.${tool}Hint`)}
            {locked && OWN_WORDS.has(tool) ? ` ${t("tools.locked")}` : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}
