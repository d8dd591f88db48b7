import type { SosTool } from "@small-steps/core";
import { useTranslation } from "react-i18next";

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
  return (
    <ul class="sos-tools">
      {TOOL_LINKS.map(({ tool, href }) => (
        <li key={tool} class="sos-tool">
          <a href={href} aria-describedby={`sos-tool-${tool}-hint`}>
            {t(`tools.${tool}`)}
          </a>
          <span class="sos-tool-hint" id={`sos-tool-${tool}-hint`}>
            {t(`tools.${tool}Hint`)}
          </span>
        </li>
      ))}
    </ul>
  );
}
