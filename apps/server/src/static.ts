import { existsSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

export const immutableCache = "public, max-age=31536000, immutable";
export const revalidateCache = "no-cache";

// Vite puts a content hash in every file name under assets/, so a changed file gets a new URL and the
// old one can be cached forever. Everything else (index.html, sw.js, the manifest, workbox-*.js, icons)
// keeps its name across releases and must be revalidated, or an update would never reach people.
export function cacheControlFor(webDist: string, filePath: string): string {
  const inDist = relative(webDist, filePath).split(sep);
  return inDist.length > 1 && inDist[0] === "assets" ? immutableCache : revalidateCache;
}

export const missingBuildMessage = (webDist: string) =>
  `The web app has not been built yet (no index.html in ${webDist}). ` +
  "Run `npm run build` once, or start with `npm start`, which builds it when needed.";

function wantsAppShell(request: FastifyRequest): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const path = request.url.split("?")[0] ?? "/";
  if (path === "/api" || path.startsWith("/api/")) return false;
  // A missing /assets/old-chunk.js must stay a 404: answering with HTML would hide the real problem.
  if (basename(path).includes(".")) return false;
  const accept = request.headers.accept ?? "*/*";
  return accept.includes("text/html") || accept.includes("*/*");
}

/** The pre-rendered file for a client route, if the build wrote one (`/sos` → `sos.html`). */
export function prerenderedPage(webDist: string, url: string): string | undefined {
  const path = url.split("?")[0] ?? "/";
  // Only plain lowercase segments: nothing a crafted URL could use to reach another file.
  if (!/^(\/[a-z0-9-]+)+$/.test(path)) return undefined;
  const file = `${path.slice(1)}.html`;
  return existsSync(join(webDist, file)) ? file : undefined;
}

/**
 * Serves the built web app, with the app shell (index.html) for client-side routes such as /journal so
 * a reload or a shared link opens the right screen. Unknown /api paths answer JSON 404s.
 */
export async function registerWebApp(app: FastifyInstance, webDist: string): Promise<void> {
  const built = existsSync(join(webDist, "index.html"));
  if (!built) app.log.warn(missingBuildMessage(webDist));

  await app.register(fastifyStatic, {
    root: webDist,
    // Cache-Control is ours to set (below); the default would add max-age=0 and override it.
    cacheControl: false,
    // Build metadata such as .vite/manifest.json is not part of the app.
    dotfiles: "ignore",
    // The build writes .br/.gz beside each text file (scripts/compress-dist.mjs).
    preCompressed: true,
    setHeaders: (res, filePath) => {
      res.setHeader("cache-control", cacheControlFor(webDist, filePath));
      // The same URL may be sent as br, gzip or plain: shared caches must key on the encoding.
      res.setHeader("vary", "accept-encoding");
    },
  });

  app.setNotFoundHandler(async (request: FastifyRequest, reply: FastifyReply) => {
    if (wantsAppShell(request)) {
      if (!existsSync(join(webDist, "index.html"))) {
        return reply
          .code(503)
          .type("text/plain; charset=utf-8")
          .send(`${missingBuildMessage(webDist)}\n`);
      }
      // Pages pre-rendered to their own file (e.g. /sos → sos.html, whose words must be readable
      // before any script runs) are answered with that file; every other route gets the shell.
      const page = prerenderedPage(webDist, request.url);
      return reply.code(200).sendFile(page ?? "index.html");
    }
    const path = request.url.split("?")[0] ?? "/";
    if (path === "/api" || path.startsWith("/api/")) {
      return reply.code(404).send({ error: "not_found", message: "There is no API endpoint here." });
    }
    return reply.code(404).type("text/plain; charset=utf-8").send("Not found\n");
  });
}
