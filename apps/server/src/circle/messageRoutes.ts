import {
  CIRCLE_PATHS,
  inboxQuery,
  inboxResponse,
  MAX_BOX_CHARS,
  sendRequest,
  sendResponse,
} from "@small-steps/sync";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { requireSession, sessionOf } from "../accounts/guard.ts";
import { createLimiter, enforce } from "../http/limiter.ts";
import { parseOr400 } from "../http/parse.ts";
import { type CircleContext, signedIn } from "./context.ts";
import { inboxPage, sendBox } from "./messages.ts";
import { isMuted } from "./mutes.ts";
import { notConnected } from "./problems.ts";

/** A largest box (CR6) with its JSON around it, and room to spare; anything bigger is refused unread. */
export const SEND_BODY_LIMIT = MAX_BOX_CHARS + 2048;

/** CR5–CR8, CR10, CR13: send a box to a connected person; fetch my own inbox after a cursor. */
export function registerMessageRoutes(scope: FastifyInstance, context: CircleContext): void {
  const { db, limits } = context;
  const person = (request: FastifyRequest) => request.session?.userId ?? "";
  const perMinute = createLimiter(scope, "circle:send-minute", limits.sendsPerMinute, person);
  const perHour = createLimiter(scope, "circle:send-hour", limits.sendsPerHour, person);

  scope.post(
    CIRCLE_PATHS.messages,
    { bodyLimit: SEND_BODY_LIMIT, preHandler: requireSession },
    async (request) => {
      await enforce(request, perMinute, perHour);
      const body = parseOr400(sendRequest, request.body);
      const { userId } = sessionOf(request);
      const now = context.now();
      const result = await sendBox(db, { senderId: userId, ...body }, now);
      if (result.kind === "not_connected") throw notConnected();
      if (result.kind === "stored") {
        // After the commit, never before: a nudged device must find the box there (CR8).
        context.notifier.publish({ userId: body.to, topic: "circle", seq: result.seq, originSessionId: "" });
        // CR9–CR10, CR15: quiet boxes and muted senders never ring the phone; they still arrive.
        if (context.push && !body.quiet && !(await isMuted(db, body.to, userId, now))) {
          try {
            context.push.notify(body.to);
          } catch (error) {
            request.log.warn({ err: error }, "circle push failed");
          }
        }
      }
      return sendResponse.parse({ id: body.id, sentAt: result.sentAt });
    },
  );

  scope.get(CIRCLE_PATHS.inbox, signedIn, async (request) => {
    const { after, limit } = parseOr400(inboxQuery, request.query);
    // Only ever the session's own person: there is no way to name another inbox (CR13).
    const page = await inboxPage(db, sessionOf(request).userId, after, limit);
    return inboxResponse.parse(page);
  });
}
