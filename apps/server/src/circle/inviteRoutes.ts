import { normalizeIP } from "@fastify/rate-limit";
import {
  CIRCLE_PATHS,
  inviteAcceptRequest,
  inviteAcceptResponse,
  inviteCreateResponse,
  invitesResponse,
} from "@small-steps/sync";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { sessionOf } from "../accounts/guard.ts";
import { createLimiter, enforce } from "../http/limiter.ts";
import { parseOr400 } from "../http/parse.ts";
import { listConnections } from "./connections.ts";
import { announceConnections, type CircleContext, signedIn } from "./context.ts";
import { acceptInvite, cancelInvite, createInvite, listPendingInvites } from "./inviteStore.ts";
import { findCircleKey } from "./keys.ts";
import { inviteGone, inviteNotFound, noKey, tooManyInvites } from "./problems.ts";

const cancelParams = z.object({ id: z.string().uuid() });

/** CR3–CR4: make, list, cancel and accept invites. */
export function registerInviteRoutes(scope: FastifyInstance, context: CircleContext): void {
  const { db, limits } = context;
  const person = (request: { session?: { userId: string } }) => request.session?.userId ?? "";
  const invitesPerPerson = createLimiter(scope, "circle:invites", limits.invites, person);
  const acceptsPerPerson = createLimiter(scope, "circle:accept", limits.acceptsPerPerson, person);
  const acceptsPerIp = createLimiter(scope, "circle:accept-ip", limits.acceptsPerIp, (request) =>
    normalizeIP(request.ip),
  );

  scope.post(CIRCLE_PATHS.invites, signedIn, async (request, reply) => {
    await enforce(request, invitesPerPerson);
    const result = await createInvite(db, sessionOf(request).userId, context.now(), limits.pendingInvites);
    if (result.kind === "no_key") throw noKey();
    if (result.kind === "too_many") throw tooManyInvites(limits.pendingInvites);
    return reply.code(201).send(inviteCreateResponse.parse({ invite: result.invite, code: result.code }));
  });

  scope.get(CIRCLE_PATHS.invites, signedIn, async (request) => {
    const invites = await listPendingInvites(db, sessionOf(request).userId, context.now());
    return invitesResponse.parse({ invites });
  });

  scope.post(`${CIRCLE_PATHS.invites}/:id/cancel`, signedIn, async (request, reply) => {
    const parsed = cancelParams.safeParse(request.params);
    // Not an id, or not mine: the same answer (CR13).
    if (!parsed.success) throw inviteNotFound();
    if (!(await cancelInvite(db, sessionOf(request).userId, parsed.data.id, context.now()))) {
      throw inviteNotFound();
    }
    return reply.code(204).send();
  });

  scope.post(CIRCLE_PATHS.accept, signedIn, async (request) => {
    // Every try counts, per person and per address: 60-bit codes are not for guessing (CR3, CR16).
    await enforce(request, acceptsPerPerson, acceptsPerIp);
    const { code } = parseOr400(inviteAcceptRequest, request.body);
    const { userId } = sessionOf(request);
    if ((await findCircleKey(db, userId)) === null) throw noKey();
    const now = context.now();
    const result = await acceptInvite(db, code, userId, now);
    if (result.kind === "gone") throw inviteGone();
    announceConnections(context, result.ownerId, userId);
    const [connection] = await listConnections(db, userId, now, result.ownerId);
    if (!connection) throw inviteGone();
    return inviteAcceptResponse.parse({ connection });
  });
}
