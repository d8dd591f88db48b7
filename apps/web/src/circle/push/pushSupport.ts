/**
 * What a device needs for circle pushes (docs/circle.md CR15): a service worker, the Push API and
 * notifications. Safari on iPhone offers them only to an app added to the home screen, so a
 * browser tab there is "unsupported" and says so calmly.
 */
export interface PushGlobals {
  navigator?: { serviceWorker?: unknown };
  PushManager?: unknown;
  Notification?: unknown;
}

export function isPushSupported(scope: PushGlobals = globalThis as PushGlobals): boolean {
  return (
    typeof scope.navigator === "object" &&
    scope.navigator !== null &&
    "serviceWorker" in scope.navigator &&
    scope.navigator.serviceWorker !== undefined &&
    typeof scope.PushManager === "function" &&
    typeof scope.Notification === "function"
  );
}
