import rateLimit, { normalizeIP } from "@fastify/rate-limit";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { rateLimited } from "../apiProblem.ts";

const MINUTE_MS = 60 * 1000;

/** How many attempts are allowed, and over how long. Kept in memory: a restart forgets them. */
export interface Limits {
  /** Wrong auth keys or recovery keys for one name (or one signed-in person). */
  failuresPerSubject: number;
  /** Wrong keys from one network address, whatever the name. */
  failuresPerIp: number;
  failureWindowMs: number;
  /** New accounts from one address. */
  signupsPerIp: number;
  signupWindowMs: number;
  /** Prelogin questions from one address. */
  preloginsPerIp: number;
  preloginWindowMs: number;
}

export const DEFAULT_LIMITS: Limits = {
  failuresPerSubject: 10,
  failuresPerIp: 30,
  failureWindowMs: 15 * MINUTE_MS,
  signupsPerIp: 10,
  signupWindowMs: 60 * MINUTE_MS,
  preloginsPerIp: 100,
  preloginWindowMs: 15 * MINUTE_MS,
};

/** The client's address, with IPv6 grouped by /56 so one household cannot rotate through addresses. */
const ipKey = (request: FastifyRequest): string => normalizeIP(request.ip);

/**
 * Registers @fastify/rate-limit in this scope without limiting every route: routes opt in with
 * `config.rateLimit`, and failure gates count only failed attempts. Call before adding routes.
 */
export async function registerRateLimit(scope: FastifyInstance): Promise<void> {
  await scope.register(rateLimit, {
    global: false,
    keyGenerator: ipKey,
    errorResponseBuilder: (_request, context) => rateLimited(context.ttl / 1000),
  });
}

type Limiter = ReturnType<FastifyInstance["createRateLimit"]>;

/**
 * Counts failed attempts per subject (a username, or a signed-in person's id) and per address,
 * and refuses further attempts once either has had too many, until its window passes. Successful
 * attempts are not counted, so a person who signs in on many devices is never locked out.
 */
export class FailureGate {
  readonly #subjects = new WeakMap<FastifyRequest, string>();
  readonly #bySubject: Limiter;
  readonly #byIp: Limiter;

  constructor(scope: FastifyInstance, name: string, limits: Limits) {
    this.#bySubject = scope.createRateLimit({
      max: limits.failuresPerSubject,
      timeWindow: limits.failureWindowMs,
      keyGenerator: (request) => `${name}:subject:${this.#subjects.get(request) ?? ""}`,
    });
    this.#byIp = scope.createRateLimit({
      max: limits.failuresPerIp,
      timeWindow: limits.failureWindowMs,
      keyGenerator: (request) => `${name}:ip:${ipKey(request)}`,
    });
  }

  /** Throws rate_limited (with retryAfterSeconds) if this subject or address must wait. */
  async check(request: FastifyRequest, subject: string): Promise<void> {
    this.#subjects.set(request, subject);
    let waitSeconds = 0;
    for (const limiter of [this.#bySubject, this.#byIp]) {
      const state = await limiter(request, { increment: false });
      if (!state.isAllowed && state.remaining <= 0) waitSeconds = Math.max(waitSeconds, state.ttlInSeconds);
    }
    if (waitSeconds > 0) throw rateLimited(waitSeconds);
  }

  /** Records one failed attempt for this subject and address. */
  async fail(request: FastifyRequest, subject: string): Promise<void> {
    this.#subjects.set(request, subject);
    await this.#bySubject(request);
    await this.#byIp(request);
  }
}
