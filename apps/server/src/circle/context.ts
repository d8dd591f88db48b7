import type { Kysely } from "kysely";
import { requireSession } from "../accounts/guard.ts";
import type { Clock } from "../accounts/sessions.ts";
import type { DatabaseHandle } from "../db/database.ts";
import type { Database } from "../db/schema.ts";
import type { SyncNotifier } from "../sync/notifier.ts";
import type { CircleLimits } from "./limits.ts";

/** Rings the recipient's devices (docs/circle.md CR15); the push routes provide it. */
export interface CirclePush {
  notify(recipientId: string): void;
}

export interface CircleDeps {
  database: DatabaseHandle;
  /** The app's one notifier: live sockets hear `circle` and `connections` through it (CR8, CR14). */
  notifier: SyncNotifier;
  push?: CirclePush;
  /** Tests: smaller limits. */
  limits?: Partial<CircleLimits>;
  /** Tests: a clock to move invites and boxes through time. */
  now?: Clock;
}

/** What every circle route file shares. */
export interface CircleContext {
  db: Kysely<Database>;
  notifier: SyncNotifier;
  push: CirclePush | undefined;
  limits: CircleLimits;
  now: Clock;
}

/** Both people's devices refetch their connections (accept, remove, leave, block). */
export function announceConnections(context: CircleContext, ...userIds: string[]): void {
  for (const userId of userIds) {
    context.notifier.publish({ userId, topic: "connections", seq: 0, originSessionId: "" });
  }
}

/** Small bodies: ids, a public key, an invite code. Sending a box has its own, larger limit. */
export const CIRCLE_BODY_LIMIT = 4 * 1024;

/** Every circle route: a session required (CR13), and a small body. */
export const signedIn = { bodyLimit: CIRCLE_BODY_LIMIT, preHandler: requireSession } as const;
