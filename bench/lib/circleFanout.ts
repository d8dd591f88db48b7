import { randomUUID } from "node:crypto";
import { openFromPeer, sealToPeer } from "../../packages/crypto/src/circleBox.ts";
import {
  CIRCLE_PATHS,
  type CircleEnvelope,
  circleEnvelopeSchema,
  INBOX_PAGE,
  type InboxItem,
  inboxResponse,
  liveMessageSchema,
  sendResponse,
} from "../../packages/sync/src/index.ts";
import { type CirclePerson, circleApi } from "./circleAccounts.ts";
import type { LiveClient } from "./liveSockets.ts";

/**
 * The fan-out's bookkeeping, seen from the devices: senders post sealed boxes; each recipient's
 * device hears `{type:"circle", seq}` on its live socket and fetches its inbox after its own cursor
 * at once, as the web app does (CR8). Every time is performance.now() in this one process, so the
 * sender's clock and the recipient's are the same clock.
 */

export interface Recipient {
  person: CirclePerson;
  /** The one person whose circle this recipient is in, and who sends to them. */
  sender: CirclePerson;
  socket?: LiveClient;
  /** The device's own inbox cursor (CR8). */
  cursor: number;
  fetching: boolean;
  /** A nudge came while a fetch was running: fetch again when it ends. */
  again: boolean;
  /** Arrival times of `{type:"circle"}` by seq: more than one time is a box announced twice. */
  nudges: Map<number, number[]>;
  /** When each box id came back from the device's cursor fetches: more than one is a duplicate. */
  fetched: Map<string, number[]>;
  /** Other live messages (e.g. "connections"), not part of the figures. */
  otherMessages: number;
}

export interface SentBox {
  id: string;
  recipient: Recipient;
  /** Just before the POST. */
  startedAt: number;
  answeredAt?: number;
  status?: number;
  /** Filled in by verify(): the first time the socket heard of it, and the device fetched it. */
  heardAt?: number;
  fetchedAt?: number;
}

/** A round's boxes, sealed and ready, per sender. */
export type PreparedRound = Map<CirclePerson, { box: SentBox; body: string }[]>;

export interface Verdict {
  sent: number;
  /** Answered 200 by the server. */
  stored: number;
  statuses: Map<number, number>;
  nudgeMissing: number;
  nudgeTwice: number;
  /** Nudges for a seq no box of ours holds. */
  nudgeStray: number;
  fetchedMissing: number;
  fetchedTwice: number;
  /** The recipients' whole inboxes afterwards, against what was sent to them. */
  inboxMissing: number;
  inboxExtra: number;
  inboxTwice: number;
  opened: number;
  notOpened: number;
  fetchErrors: number;
}

const WORDS = "Thinking of you today. Could we talk for a little while later, when it suits you?";

export function newRecipient(person: CirclePerson, sender: CirclePerson): Recipient {
  return {
    person,
    sender,
    cursor: 0,
    fetching: false,
    again: false,
    nudges: new Map(),
    fetched: new Map(),
    otherMessages: 0,
  };
}

export class Fanout {
  readonly sent: SentBox[] = [];
  fetchErrors = 0;

  constructor(private readonly baseUrl: string) {}

  /** Every frame on a recipient's live socket. */
  hear(recipient: Recipient, text: string, at: number): void {
    const parsed = liveMessageSchema.safeParse(JSON.parse(text));
    if (!parsed.success || parsed.data.type !== "circle") {
      recipient.otherMessages++;
      return;
    }
    const times = recipient.nudges.get(parsed.data.seq) ?? [];
    times.push(at);
    recipient.nudges.set(parsed.data.seq, times);
    void this.#fetch(recipient);
  }

  /** The device's fetch: pages after its cursor; a nudge during a fetch means one more fetch. */
  async #fetch(r: Recipient): Promise<void> {
    if (r.fetching) {
      r.again = true;
      return;
    }
    r.fetching = true;
    try {
      do {
        r.again = false;
        const page = inboxResponse.parse(
          await circleApi(this.baseUrl, r.person.cookie, "GET", `${CIRCLE_PATHS.inbox}?after=${r.cursor}`),
        );
        const at = performance.now();
        for (const item of page.items) {
          const times = r.fetched.get(item.id) ?? [];
          times.push(at);
          r.fetched.set(item.id, times);
          r.cursor = Math.max(r.cursor, item.seq);
        }
        if (page.more) r.again = true;
      } while (r.again);
    } catch {
      this.fetchErrors++;
    } finally {
      r.fetching = false;
    }
  }

  /**
   * One round's boxes: from every sender, one real sealed "reach out" message to each person in
   * their circle. Sealed before the clock starts, so the figures are the server's and the network's.
   */
  async prepare(circles: Map<CirclePerson, Recipient[]>): Promise<PreparedRound> {
    const prepared: PreparedRound = new Map();
    for (const [sender, recipients] of circles) {
      const list: { box: SentBox; body: string }[] = [];
      for (const recipient of recipients) {
        const id = randomUUID();
        const envelope: CircleEnvelope = {
          from: sender.userId,
          to: recipient.person.userId,
          id,
          at: new Date().toISOString(),
          content: { t: "message", text: WORDS, phrase: "reach" },
        };
        const plaintext = new TextEncoder().encode(JSON.stringify(envelope));
        const box = await sealToPeer(plaintext, sender.keys.secret.bytes, recipient.person.keys.publicKey);
        const body = JSON.stringify({ id, to: recipient.person.userId, box, quiet: false });
        list.push({ box: { id, recipient, startedAt: 0 }, body });
      }
      prepared.set(sender, list);
    }
    return prepared;
  }

  /**
   * Sends a prepared round. Each sender works through their circle one box after another, as a
   * device would; `together`: all senders at once (a burst), otherwise one sender after another
   * (the server's own latency, with nothing queued in front of it).
   */
  async send(prepared: PreparedRound, together: boolean): Promise<SentBox[]> {
    const boxes = [...prepared.values()].flat().map((p) => p.box);
    this.sent.push(...boxes);
    const sendAll = async (sender: CirclePerson, list: { box: SentBox; body: string }[]) => {
      for (const { box, body } of list) {
        box.startedAt = performance.now();
        const res = await fetch(`${this.baseUrl}${CIRCLE_PATHS.messages}`, {
          method: "POST",
          headers: { cookie: sender.cookie, "content-type": "application/json" },
          body,
        });
        box.answeredAt = performance.now();
        box.status = res.status;
        if (res.ok) sendResponse.parse(await res.json());
        else await res.arrayBuffer();
      }
    };
    if (together) await Promise.all([...prepared].map(([sender, list]) => sendAll(sender, list)));
    else for (const [sender, list] of prepared) await sendAll(sender, list);
    return boxes;
  }

  /** Resolves when every stored box of `boxes` has been fetched by its device, or at the deadline. */
  async settle(boxes: SentBox[], timeoutMs: number): Promise<boolean> {
    const deadline = performance.now() + timeoutMs;
    const waiting = (b: SentBox) => b.status === 200 && !b.recipient.fetched.has(b.id);
    while (boxes.some(waiting)) {
      if (performance.now() > deadline) return false;
      await new Promise((r) => setTimeout(r, 20));
    }
    return true;
  }

  /** After the run: every recipient's whole inbox, each box opened and its routing checked (CR11). */
  async verify(recipients: Recipient[]): Promise<Verdict> {
    const statuses = new Map<number, number>();
    for (const b of this.sent) statuses.set(b.status ?? 0, (statuses.get(b.status ?? 0) ?? 0) + 1);
    const stored = this.sent.filter((b) => b.status === 200);
    const byRecipient = new Map<Recipient, SentBox[]>();
    for (const b of stored) byRecipient.set(b.recipient, [...(byRecipient.get(b.recipient) ?? []), b]);
    const v: Verdict = {
      sent: this.sent.length,
      stored: stored.length,
      statuses,
      nudgeMissing: 0,
      nudgeTwice: 0,
      nudgeStray: 0,
      fetchedMissing: 0,
      fetchedTwice: 0,
      inboxMissing: 0,
      inboxExtra: 0,
      inboxTwice: 0,
      opened: 0,
      notOpened: 0,
      fetchErrors: this.fetchErrors,
    };
    for (const r of recipients) {
      const inbox = await wholeInbox(this.baseUrl, r);
      const seqOf = new Map<string, number>();
      for (const item of inbox) {
        if (seqOf.has(item.id)) v.inboxTwice++;
        seqOf.set(item.id, item.seq);
        if (await opensAsSent(item, r)) v.opened++;
        else v.notOpened++;
      }
      const mine = byRecipient.get(r) ?? [];
      const mineIds = new Set(mine.map((b) => b.id));
      v.inboxExtra += [...seqOf.keys()].filter((id) => !mineIds.has(id)).length;
      const seqs = new Set<number>();
      for (const b of mine) {
        const seq = seqOf.get(b.id);
        if (seq === undefined) {
          v.inboxMissing++;
          continue;
        }
        seqs.add(seq);
        const heard = r.nudges.get(seq) ?? [];
        if (heard.length === 0) v.nudgeMissing++;
        if (heard.length > 1) v.nudgeTwice++;
        if (heard.length > 0) b.heardAt = Math.min(...heard);
        const got = r.fetched.get(b.id) ?? [];
        if (got.length === 0) v.fetchedMissing++;
        if (got.length > 1) v.fetchedTwice++;
        if (got.length > 0) b.fetchedAt = Math.min(...got);
      }
      v.nudgeStray += [...r.nudges.keys()].filter((seq) => !seqs.has(seq)).length;
    }
    return v;
  }
}

async function wholeInbox(baseUrl: string, r: Recipient): Promise<InboxItem[]> {
  const items: InboxItem[] = [];
  let after = 0;
  for (;;) {
    const page = inboxResponse.parse(
      await circleApi(
        baseUrl,
        r.person.cookie,
        "GET",
        `${CIRCLE_PATHS.inbox}?after=${after}&limit=${INBOX_PAGE}`,
      ),
    );
    items.push(...page.items);
    if (!page.more || page.items.length === 0) return items;
    after = page.items[page.items.length - 1]?.seq ?? after;
  }
}

/** CR11: the box opens with the sender's key, and the routing inside matches the routing outside. */
async function opensAsSent(item: InboxItem, r: Recipient): Promise<boolean> {
  if (item.from !== r.sender.userId) return false;
  const opened = await openFromPeer(item.box, r.person.keys.secret.bytes, r.sender.keys.publicKey);
  if (!opened.ok) return false;
  const envelope = circleEnvelopeSchema.safeParse(JSON.parse(new TextDecoder().decode(opened.value)));
  return (
    envelope.success &&
    envelope.data.id === item.id &&
    envelope.data.from === r.sender.userId &&
    envelope.data.to === r.person.userId
  );
}
