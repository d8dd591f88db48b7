import type { FastifyInstance, FastifyRequest } from "fastify";
import { rateLimited } from "../apiProblem.ts";

/** A limit: at most `max` attempts in a sliding `windowMs`. */
export interface Rate {
  max: number;
  windowMs: number;
}

/** Counts one attempt; resolves to how many seconds to wait, 0 while within the allowance. */
export type Limiter = (request: FastifyRequest) => Promise<number>;

/**
 * Counts every attempt (successful or not) under `name` and the key. Built on @fastify/rate-limit
 * (the scope must have registerRateLimit) so it shares its store and timing with the other limits.
 * Called from handlers, after the session is known, because one route may need several of these.
 */
export function createLimiter(
  scope: FastifyInstance,
  name: string,
  rate: Rate,
  keyOf: (request: FastifyRequest) => string,
): Limiter {
  const limit = scope.createRateLimit({
    max: rate.max,
    timeWindow: rate.windowMs,
    keyGenerator: (request) => `${name}:${keyOf(request)}`,
  });
  return async (request) => {
    const state = await limit(request);
    return !state.isAllowed && state.isExceeded ? Math.max(1, state.ttlInSeconds) : 0;
  };
}

/** Every limiter counts this attempt; throws rate_limited with the longest wait among those spent. */
export async function enforce(request: FastifyRequest, ...limiters: Limiter[]): Promise<void> {
  let wait = 0;
  for (const limiter of limiters) wait = Math.max(wait, await limiter(request));
  if (wait > 0) throw rateLimited(wait);
}
