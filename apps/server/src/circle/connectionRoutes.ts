import { CIRCLE_PATHS, connectionsResponse, muteRequest, peerRequest } from "@small-steps/sync";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { sessionOf } from "../accounts/guard.ts";
import { parseOr400 } from "../http/parse.ts";
import { listConnections } from "./connections.ts";
import { announceConnections, type CircleContext, signedIn } from "./context.ts";
import { setMute } from "./mutes.ts";
import { notConnected } from "./problems.ts";
import { areConnected, block, takeOutOfCircle } from "./relations.ts";

/** CR5, CR9, CR13: my connections, and the boundaries I set with each person. */
export function registerConnectionRoutes(scope: FastifyInstance, context: CircleContext): void {
  const { db } = context;

  scope.get(CIRCLE_PATHS.connections, signedIn, async (request) => {
    const connections = await listConnections(db, sessionOf(request).userId, context.now());
    return connectionsResponse.parse({ connections });
  });

  /** The peer named in the body, only if connected with me; anyone else does not exist (CR13). */
  async function connectedPeer(request: FastifyRequest): Promise<{ me: string; peer: string }> {
    const { peerId } = parseOr400(peerRequest, request.body);
    const me = sessionOf(request).userId;
    if (peerId === me || !(await areConnected(db, me, peerId))) throw notConnected();
    return { me, peer: peerId };
  }

  const peerAction =
    (act: (me: string, peer: string) => Promise<void>) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      const { me, peer } = await connectedPeer(request);
      await act(me, peer);
      announceConnections(context, me, peer);
      return reply.code(204).send();
    };

  // Take them out of my circle; we stay connected while I am still in theirs.
  scope.post(
    CIRCLE_PATHS.remove,
    signedIn,
    peerAction((me, peer) => takeOutOfCircle(db, me, peer)),
  );
  // Take me out of their circle.
  scope.post(
    CIRCLE_PATHS.leave,
    signedIn,
    peerAction((me, peer) => takeOutOfCircle(db, peer, me)),
  );
  scope.post(
    CIRCLE_PATHS.block,
    signedIn,
    peerAction((me, peer) => block(db, me, peer, context.now())),
  );

  scope.post(CIRCLE_PATHS.mute, signedIn, async (request, reply) => {
    const body = parseOr400(muteRequest, request.body);
    const me = sessionOf(request).userId;
    if (body.peerId === me || !(await areConnected(db, me, body.peerId))) throw notConnected();
    const until = body.until === null ? null : new Date(body.until);
    // A time already past lifts the mute: nothing is left to keep.
    await setMute(db, me, body.peerId, until && until > context.now() ? until : null);
    // Only my own devices hear of it: the other person is never told they were muted.
    announceConnections(context, me);
    return reply.code(204).send();
  });
}
