import type { RefObject } from "preact";
import { useLayoutEffect } from "preact/hooks";

/**
 * Publishes a bar's height on <html> as a CSS custom property (`--top-bar-height`,
 * `--bottom-bar-height`), kept up to date as text size, zoom or wrapping change it. base.css
 * uses them for scroll-padding, so a field focused or an anchor jumped to is never hidden under
 * a sticky bar, at whatever size the bar happens to be. Gone (0) when the bar is not shown.
 */
export function useHeightAsCssVar(ref: RefObject<HTMLElement>, name: string): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const root = document.documentElement;
    const write = () => root.style.setProperty(name, `${Math.ceil(el.getBoundingClientRect().height)}px`);
    write();
    const observer = new ResizeObserver(write);
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.setProperty(name, "0px");
    };
  }, [ref, name]);
}
