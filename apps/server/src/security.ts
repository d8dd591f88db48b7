import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";

// Everything the app needs comes from its own origin: no CDNs, fonts, analytics or third-party scripts,
// so nothing else learns that someone opened it. 'wasm-unsafe-eval' is for libsodium's WebAssembly
// (sync and circle crypto) and permits no JavaScript eval. No 'unsafe-inline' anywhere.
export const cspDirectives = {
  "default-src": ["'self'"],
  "script-src": ["'self'", "'wasm-unsafe-eval'"],
  "style-src": ["'self'"],
  "img-src": ["'self'", "data:", "blob:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "worker-src": ["'self'"],
  "manifest-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
} as const;

// Features the app never uses. interest-cohort is left out: Chromium logs an error for that retired name.
export const permissionsPolicy =
  "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()";

/**
 * Registers the security headers. upgrade-insecure-requests is added only for requests that arrived
 * over HTTPS (directly, or via a trusted proxy's X-Forwarded-Proto): on plain http://localhost or a home
 * network address it would send the browser to an https:// that does not exist.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives },
    referrerPolicy: { policy: "no-referrer" },
    crossOriginOpenerPolicy: { policy: "same-origin" },
    crossOriginResourcePolicy: { policy: "same-origin" },
    xFrameOptions: { action: "deny" },
  });

  app.addHook("onRequest", async (request, reply) => {
    if (request.protocol === "https") {
      reply.helmet({
        contentSecurityPolicy: {
          useDefaults: false,
          directives: { ...cspDirectives, "upgrade-insecure-requests": [] },
        },
      });
    }
    reply.header("permissions-policy", permissionsPolicy);
  });
}
