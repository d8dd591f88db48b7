import { CIRCLE_PATHS, circleKeyRequest, circleKeyResponse } from "@small-steps/sync";
import type { FastifyInstance } from "fastify";
import { sessionOf } from "../accounts/guard.ts";
import { parseOr400 } from "../http/parse.ts";
import { type CircleContext, signedIn } from "./context.ts";
import { findCircleKey, publishCircleKey } from "./keys.ts";
import { keyExists } from "./problems.ts";

/**
 * The wire schema checks length and alphabet, which 31- and 33-byte values also pass. A key cannot
 * be replaced once set (CR1), so one that is not exactly 32 bytes must never be stored.
 */
const publishRequest = circleKeyRequest.refine(
  (body) => Buffer.from(body.publicKey, "base64").length === 32,
  "publicKey: not a 32-byte key",
);

/** CR1: my own circle key — publish it once, read it back. Nobody else's key is served here. */
export function registerKeyRoutes(scope: FastifyInstance, context: CircleContext): void {
  const { db } = context;

  scope.put(CIRCLE_PATHS.key, signedIn, async (request) => {
    const { publicKey } = parseOr400(publishRequest, request.body);
    const { userId } = sessionOf(request);
    const stored = await publishCircleKey(db, userId, publicKey, context.now());
    // The same key again is a device publishing twice; another key would swap identities unseen.
    if (stored !== publicKey) throw keyExists();
    return circleKeyResponse.parse({ userId, publicKey: stored });
  });

  scope.get(CIRCLE_PATHS.key, signedIn, async (request) => {
    const { userId } = sessionOf(request);
    return circleKeyResponse.parse({ userId, publicKey: await findCircleKey(db, userId) });
  });
}
