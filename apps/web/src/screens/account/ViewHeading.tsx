import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";

/**
 * The one h1 of an account view. When the view changes within the screen (signed out → create
 * → recovery code …) focus moves here, so the new state is read from the top.
 */
export function ViewHeading({ focus, children }: { focus: boolean; children: ComponentChildren }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
