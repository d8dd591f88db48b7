import { isPushSupported } from "./pushSupport.ts";

/**
 * The browser's side of circle pushes, behind a small interface so the flows can be tested with a
 * stand-in: notification permission, and the service worker's push manager.
 */

/** What the flows use of a PushSubscription. */
export interface DevicePushSubscription {
  readonly endpoint: string;
  readonly options: { readonly applicationServerKey: ArrayBuffer | null };
  toJSON(): PushSubscriptionJSON;
  unsubscribe(): Promise<boolean>;
}

export interface DevicePushManager {
  getSubscription(): Promise<DevicePushSubscription | null>;
  subscribe(options: {
    userVisibleOnly: true;
    applicationServerKey: Uint8Array<ArrayBuffer>;
  }): Promise<DevicePushSubscription>;
}

export interface PushDevice {
  supported: boolean;
  permission(): NotificationPermission;
  requestPermission(): Promise<NotificationPermission>;
  /** The service worker's push manager, or undefined when no worker is running (a dev server). */
  pushManager(): Promise<DevicePushManager | undefined>;
}

/** The worker is registered after the first paint; past this, there is none to wait for. */
const READY_TIMEOUT_MS = 10_000;

export function browserPushDevice(): PushDevice {
  const supported = isPushSupported();
  return {
    supported,
    permission: () => (supported ? Notification.permission : "denied"),
    requestPermission: () => Notification.requestPermission(),
    pushManager: async () => {
      if (!supported) return undefined;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), READY_TIMEOUT_MS);
      });
      try {
        const registration = await Promise.race([navigator.serviceWorker.ready, timeout]);
        return registration?.pushManager;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
