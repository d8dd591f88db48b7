import type { CookieSerializeOptions } from "@fastify/cookie";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Config } from "../config.ts";

/**
 * The session cookie. "__Host-" makes the browser insist on Secure, Path=/ and no Domain, so no
 * other site or subdomain can set or read it. Plain-http self-hosting (COOKIE_SECURE=false) cannot
 * use Secure, and so not the prefix either.
 */
export const SECURE_COOKIE_NAME = "__Host-ss_session";
export const PLAIN_COOKIE_NAME = "ss_session";

export type CookieConfig = Pick<Config, "cookieSecure" | "sessionMaxDays">;

export const sessionCookieName = (config: Pick<Config, "cookieSecure">): string =>
  config.cookieSecure ? SECURE_COOKIE_NAME : PLAIN_COOKIE_NAME;

function baseOptions(config: CookieConfig): CookieSerializeOptions {
  // SameSite=Strict: the browser never sends it with a request another site starts (CSRF).
  return { httpOnly: true, secure: config.cookieSecure, sameSite: "strict", path: "/" };
}

export function setSessionCookie(reply: FastifyReply, config: CookieConfig, token: string): void {
  reply.setCookie(sessionCookieName(config), token, {
    ...baseOptions(config),
    // Kept across browser restarts, but never longer than the session itself may live.
    maxAge: config.sessionMaxDays * 24 * 60 * 60,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: CookieConfig): void {
  reply.clearCookie(sessionCookieName(config), baseOptions(config));
}

export function sessionToken(
  request: FastifyRequest,
  config: Pick<Config, "cookieSecure">,
): string | undefined {
  const token = request.cookies[sessionCookieName(config)];
  return token && token.length > 0 && token.length <= 128 ? token : undefined;
}
