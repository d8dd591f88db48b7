import { randomBytes, randomUUID } from "node:crypto";
import type { CircleBox } from "@small-steps/crypto/schemas";
import { CIRCLE_PATHS, type ConnectionWire, circleInviteCancelPath, type InboxItem } from "@small-steps/sync";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { json } from "../accounts/testAccounts.ts";
import { buildApp } from "../app.ts";
import type { DatabaseKind } from "../db/database.ts";
import { createInProcessNotifier, type SyncChange, type SyncNotifier } from "../sync/notifier.ts";
import { quickPerson, type SyncTestApp, startTestApp } from "../sync/testSyncApp.ts";
import type { CircleLimits } from "./limits.ts";

// Test-only: the whole app with the circle routes on an isolated database of either kind, a clock
// the test moves, an in-process notifier the test listens to, and a push stand-in that records.

export interface CircleTestApp extends SyncTestApp {
  notifier: SyncNotifier;
  /** Recipients push.notify was called for, in order. */
  pushes: string[];
  clock: { now: Date; advance(ms: number): void };
}

export async function startCircleTestApp(
  kind: DatabaseKind,
  options: { limits?: Partial<CircleLimits> } = {},
): Promise<CircleTestApp> {
  const pushes: string[] = [];
  const clock = {
    now: new Date(),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  // A restart is a new process: a fresh notifier with nobody listening yet.
  let notifier = createInProcessNotifier();
  const base = await startTestApp(kind, (app) => {
    notifier = createInProcessNotifier();
    return buildApp({
      ...app,
      logger: false,
      sync: { notifier },
      circle: {
        now: () => clock.now,
        push: { notify: (recipientId) => pushes.push(recipientId) },
        ...(options.limits ? { limits: options.limits } : {}),
      },
    });
  });
  return {
    get app() {
      return base.app;
    },
    get notifier() {
      return notifier;
    },
    database: base.database,
    workspace: base.workspace,
    restart: base.restart,
    cleanup: base.cleanup,
    pushes,
    clock,
  };
}

/** 32 random bytes as base64: a public key as far as the server can tell (it never uses one). */
export const fakePublicKey = (): string => randomBytes(32).toString("base64");

/** A box of the right shape; the server never opens one, so random bytes will do. */
export const fakeBox = (ciphertextBytes = 48): CircleBox => ({
  v: 1,
  nonce: randomBytes(24).toString("base64"),
  ciphertext: randomBytes(ciphertextBytes).toString("base64"),
});

export type Answer = LightMyRequestResponse;

/** One signed-in person's view of the circle API, answers unparsed so tests can check statuses. */
export function circleClient(app: FastifyInstance, cookie: string) {
  const post = (url: string, payload: object = {}) =>
    app.inject({ method: "POST", url, headers: { ...json, cookie }, payload });
  const get = (url: string) => app.inject({ method: "GET", url, headers: { cookie } });
  return {
    putKey: (publicKey: string) =>
      app.inject({
        method: "PUT",
        url: CIRCLE_PATHS.key,
        headers: { ...json, cookie },
        payload: { publicKey },
      }),
    getKey: () => get(CIRCLE_PATHS.key),
    createInvite: () => post(CIRCLE_PATHS.invites),
    invites: () => get(CIRCLE_PATHS.invites),
    cancelInvite: (id: string) => post(circleInviteCancelPath(id)),
    accept: (code: string) => post(CIRCLE_PATHS.accept, { code }),
    connections: () => get(CIRCLE_PATHS.connections),
    send: (body: { id?: string; to: string; box?: CircleBox; quiet?: boolean }) =>
      post(CIRCLE_PATHS.messages, {
        id: body.id ?? randomUUID(),
        to: body.to,
        box: body.box ?? fakeBox(),
        quiet: body.quiet ?? false,
      }),
    inbox: (after = 0, limit?: number) =>
      get(`${CIRCLE_PATHS.inbox}?after=${after}${limit ? `&limit=${limit}` : ""}`),
    remove: (peerId: string) => post(CIRCLE_PATHS.remove, { peerId }),
    leave: (peerId: string) => post(CIRCLE_PATHS.leave, { peerId }),
    block: (peerId: string) => post(CIRCLE_PATHS.block, { peerId }),
    mute: (peerId: string, until: string | null) => post(CIRCLE_PATHS.mute, { peerId, until }),
  };
}

export type CircleClient = ReturnType<typeof circleClient>;

export interface CirclePerson {
  userId: string;
  cookie: string;
  publicKey: string;
  api: CircleClient;
}

/** A signed-in person who has published a circle key. */
export async function circlePerson(test: CircleTestApp, { withKey = true } = {}): Promise<CirclePerson> {
  const { userId, cookie } = await quickPerson(test);
  const api = circleClient(test.app, cookie);
  const publicKey = fakePublicKey();
  if (withKey) {
    const answer = await api.putKey(publicKey);
    if (answer.statusCode !== 200) throw new Error(`could not publish a key: ${answer.body}`);
  }
  return { userId, cookie, publicKey, api };
}

/** `owner` makes an invite, `member` accepts it: member is now in owner's circle. */
export async function joinCircle(owner: CirclePerson, member: CirclePerson): Promise<void> {
  const made = await owner.api.createInvite();
  if (made.statusCode !== 201) throw new Error(`could not make an invite: ${made.body}`);
  const accepted = await member.api.accept((made.json() as { code: string }).code);
  if (accepted.statusCode !== 200) throw new Error(`could not accept: ${accepted.body}`);
}

/** Two people with keys, b in a's circle: connected. */
export async function connectedPair(test: CircleTestApp): Promise<{ a: CirclePerson; b: CirclePerson }> {
  const a = await circlePerson(test);
  const b = await circlePerson(test);
  await joinCircle(a, b);
  return { a, b };
}

export const connectionsOf = async (person: CirclePerson): Promise<ConnectionWire[]> =>
  ((await person.api.connections()).json() as { connections: ConnectionWire[] }).connections;

export const inboxOf = async (person: CirclePerson, after = 0): Promise<InboxItem[]> =>
  ((await person.api.inbox(after)).json() as { items: InboxItem[] }).items;

/** Every event the notifier publishes for these people, in order. */
export function listen(test: CircleTestApp, ...userIds: string[]): SyncChange[] {
  const heard: SyncChange[] = [];
  for (const userId of userIds) test.notifier.subscribe(userId, (change) => heard.push(change));
  return heard;
}
