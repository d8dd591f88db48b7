import type { FastifyInstance, FastifyRequest } from "fastify";
import { rateLimited } from "../apiProblem.ts";

const MINUTE_MS = 60 * 1000;

export interface Rate {
  max: number;
  windowMs: number;
}

/** CR16, and CR3's cap on pending invites. Kept in memory like every other limit: a restart forgets. */
export interface CircleLimits {
  /** Invites made, per person. */
  invites: Rate;
  /** Tries at accepting an invite, per person and per address. */
  acceptsPerPerson: Rate;
  acceptsPerIp: Rate;
  /** Boxes sent, per person: a burst limit and an hourly one. */
  sendsPerMinute: Rate;
  sendsPerHour: Rate;
  /** Invites one person may have waiting at once. */
  pendingInvites: number;
}

export const DEFAULT_CIRCLE_LIMITS: CircleLimits = {
  invites: { max: 20, windowMs: 60 * MINUTE_MS },
  acceptsPerPerson: { max: 10, windowMs: 10 * MINUTE_MS },
  acceptsPerIp: { max: 10, windowMs: 10 * MINUTE_MS },
  sendsPerMinute: { max: 60, windowMs: MINUTE_MS },
  sendsPerHour: { max: 600, windowMs: 60 * MINUTE_MS },
  pendingInvites: 10,
};

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
    keyGenerator: (request) => `circle:${name}:${keyOf(request)}`,
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
