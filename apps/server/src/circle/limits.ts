import type { Rate } from "../http/limiter.ts";

const MINUTE_MS = 60 * 1000;

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
