// Circle pushes (docs/circle.md CR15), loaded into the generated service worker through
// workbox.importScripts in vite.config.ts. A plain script: the service worker runs it as it is.
//
// Every push says the same thing, whatever the server sent: a push only ever means "someone in
// your circle reached out". The words are read on the device, in the app, never on the lock screen.

const CIRCLE_NOTIFICATION = {
  title: "Small Steps",
  body: "Someone in your circle reached out",
  url: "/circle",
  // The manifest's icon; one tag, so several pushes stay one quiet notification.
  icon: "/icon-192.png",
  tag: "circle",
};

/** @returns {Promise<readonly WindowClient[]>} the app's open windows, controlled or not yet. */
function appWindows() {
  return self.clients.matchAll({ type: "window", includeUncontrolled: true });
}

self.addEventListener("push", (event) => {
  event.waitUntil(
    (async () => {
      // Someone already looking at the app sees the message arrive there; no need to ring.
      const windows = await appWindows();
      if (windows.some((client) => client.focused && client.visibilityState === "visible")) return;
      await self.registration.showNotification(CIRCLE_NOTIFICATION.title, {
        body: CIRCLE_NOTIFICATION.body,
        icon: CIRCLE_NOTIFICATION.icon,
        tag: CIRCLE_NOTIFICATION.tag,
        renotify: true,
        data: { url: CIRCLE_NOTIFICATION.url },
      });
    })(),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  event.waitUntil(
    (async () => {
      const url = new URL(CIRCLE_NOTIFICATION.url, self.location.origin).href;
      const windows = await appWindows();
      const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
      if (open) {
        // Focus, not navigate: a reload would lose what is open there (and an unlocked app).
        // The page may move to the circle when it hears this.
        await open.focus();
        open.postMessage({ type: "circle-push-opened", url: CIRCLE_NOTIFICATION.url });
        return;
      }
      await self.clients.openWindow(url);
    })(),
  );
});
