import type { CircleBox } from "@small-steps/crypto/schemas";
import {
  CIRCLE_PATHS,
  circleInviteCancelPath,
  circleKeyResponse,
  connectionsResponse,
  inboxResponse,
  inviteAcceptResponse,
  inviteCreateResponse,
  invitesResponse,
  sendResponse,
} from "@small-steps/sync";
import { apiRequest } from "../account/api.ts";

/** The circle routes (docs/circle.md), each answer checked against the shared wire schema. */

const empty = { parse: () => undefined } as const;

export const circleApi = {
  myKey: () => apiRequest("GET", CIRCLE_PATHS.key, circleKeyResponse),
  publishKey: (publicKey: string) => apiRequest("PUT", CIRCLE_PATHS.key, circleKeyResponse, { publicKey }),
  createInvite: () => apiRequest("POST", CIRCLE_PATHS.invites, inviteCreateResponse, {}),
  invites: () => apiRequest("GET", CIRCLE_PATHS.invites, invitesResponse),
  cancelInvite: (id: string) => apiRequest("POST", circleInviteCancelPath(id), empty, {}),
  accept: (code: string) => apiRequest("POST", CIRCLE_PATHS.accept, inviteAcceptResponse, { code }),
  connections: () => apiRequest("GET", CIRCLE_PATHS.connections, connectionsResponse),
  send: (body: { id: string; to: string; box: CircleBox; quiet: boolean }) =>
    apiRequest("POST", CIRCLE_PATHS.messages, sendResponse, body),
  inbox: (after: number) => apiRequest("GET", `${CIRCLE_PATHS.inbox}?after=${after}`, inboxResponse),
  remove: (peerId: string) => apiRequest("POST", CIRCLE_PATHS.remove, empty, { peerId }),
  leave: (peerId: string) => apiRequest("POST", CIRCLE_PATHS.leave, empty, { peerId }),
  block: (peerId: string) => apiRequest("POST", CIRCLE_PATHS.block, empty, { peerId }),
  mute: (peerId: string, until: string | null) =>
    apiRequest("POST", CIRCLE_PATHS.mute, empty, { peerId, until }),
};
