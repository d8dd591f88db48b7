import preact from "@preact/preset-vite";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";

export default defineConfig({
  plugins: [
    // Pre-render Today into index.html (see prerender() in src/main.tsx).
    preact({ prerender: { enabled: true, renderTarget: "#app" } }),
    VitePWA({
      // The registration code is in our own bundle (src/app/registerServiceWorker.ts), so the
      // page needs no inline script and the CSP can forbid them.
      injectRegister: false,
      registerType: "autoUpdate",
      manifest: {
        // A neutral name and icon: some people do not want a home screen to announce what it is.
        name: "Small Steps",
        short_name: "Small Steps",
        description: "A quiet companion for small, everyday acts of care.",
        start_url: "/",
        scope: "/",
        display: "standalone",
        background_color: "#FBF8F3",
        theme_color: "#FBF8F3",
        icons: [
          { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
          { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
          { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
        ],
      },
      workbox: {
        // Precache the whole app shell, lazy chunks and workers included, so every screen
        // opens offline with the server stopped.
        globPatterns: ["**/*.{js,css,html,svg,png,webmanifest,json}"],
        navigateFallback: "/index.html",
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        // Take control on the first visit, so the app works offline from then on, not only
        // after a second load.
        clientsClaim: true,
        skipWaiting: true,
        // Circle pushes: showing the generic notification and opening the app (public/push-sw.js).
        importScripts: ["/push-sw.js"],
      },
    }),
  ],
  worker: { format: "es" },
  // The manifest lets bench/bundle-size.ts compute what each route loads.
  // One stylesheet for every screen: the pre-rendered HTML must paint with all of its styles,
  // not have them arrive with the app's code a moment later and shift the page.
  build: { target: "es2022", sourcemap: false, manifest: true, cssCodeSplit: false },
});
