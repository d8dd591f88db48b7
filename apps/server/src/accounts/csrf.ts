import type { FastifyInstance, FastifyRequest } from "fastify";
import { ApiProblem } from "../apiProblem.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * True when the request carries no Origin header, or one whose host is the host the request was
 * sent to (the address in the browser's bar). Browsers send Origin with every POST and every WebSocket handshake, so a page on another
 * site is always caught here. The WebSocket route should check this too.
 */
export function originMatchesHost(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  // request.host is the Host header, or X-Forwarded-Host when a trusted proxy (TRUST_PROXY) sent it.
  const host = request.host;
  if (!host) return false;
  try {
    return new URL(origin).host === host.toLowerCase();
  } catch {
    // "null" (sandboxed frames, some redirects) or anything unreadable.
    return false;
  }
}

function isJson(request: FastifyRequest): boolean {
  const type = request.headers["content-type"];
  return typeof type === "string" && type.split(";")[0]?.trim().toLowerCase() === "application/json";
}

/**
 * Cross-site request forgery guard for every state-changing /api/ request: the body must be JSON
 * (a form or a no-cors fetch from another site cannot send that without the browser first asking
 * permission, which this server never grants) and any Origin must be this server's own. The
 * SameSite=Strict session cookie is the other half. Unknown paths are left to answer 404.
 */
export function registerCsrfGuard(app: FastifyInstance): void {
  app.addHook("onRequest", async (request) => {
    if (SAFE_METHODS.has(request.method) || request.is404) return;
    const path = request.url.split("?")[0] ?? "";
    if (path !== "/api" && !path.startsWith("/api/")) return;
    if (!originMatchesHost(request)) {
      throw new ApiProblem(
        403,
        "forbidden_origin",
        "This request came from another site, so it was refused.",
      );
    }
    if (!isJson(request)) {
      throw new ApiProblem(403, "json_required", "Requests that change something must be sent as JSON.");
    }
  });
}
