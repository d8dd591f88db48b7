import { describe, expect, it } from "vitest";
import { connectLive, LIVE_CLOSE_SIGNED_OUT, type LiveSocketLike } from "./liveClient.ts";

class FakeSocket implements LiveSocketLike {
  onopen: LiveSocketLike["onopen"] = null;
  onmessage: LiveSocketLike["onmessage"] = null;
  onclose: LiveSocketLike["onclose"] = null;
  onerror: LiveSocketLike["onerror"] = null;
  closed = false;
  close() {
    this.closed = true;
  }
}

function harness() {
  const sockets: FakeSocket[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  const events: string[] = [];
  const client = connectLive({
    open: () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
    onChanged: (seq) => events.push(`changed ${seq}`),
    onConnected: () => events.push("connected"),
    onSignedOut: () => events.push("signed out"),
    random: () => 1,
    setTimer: (fn, ms) => timers.push({ fn, ms }),
    clearTimer: () => {},
  });
  return { client, sockets, timers, events };
}

describe("live client", () => {
  it("S19: passes on change nudges and ignores anything else", () => {
    const { sockets, events } = harness();
    const socket = sockets[0]!;
    socket.onopen?.({});
    socket.onmessage?.({ data: '{"type":"changed","seq":7}' });
    socket.onmessage?.({ data: "not json" });
    socket.onmessage?.({ data: '{"type":"other","seq":8}' });
    expect(events).toEqual(["connected", "changed 7"]);
  });

  it("S20: reconnects after a drop with growing waits, and starts over once connected", () => {
    const { sockets, timers } = harness();
    sockets[0]!.onclose?.({ code: 1006 });
    sockets[0]!.onclose = null;
    expect(timers.map((t) => t.ms)).toEqual([1000]);
    timers[0]!.fn();
    sockets[1]!.onclose?.({ code: 1006 });
    timers[1]!.fn();
    sockets[2]!.onclose?.({ code: 1006 });
    expect(timers.map((t) => t.ms)).toEqual([1000, 2000, 4000]);
    timers[2]!.fn();
    sockets[3]!.onopen?.({});
    sockets[3]!.onclose?.({ code: 1001 });
    expect(timers.at(-1)?.ms).toBe(1000);
  });

  it("S20: stops when the session ended, and when closed", () => {
    const first = harness();
    first.sockets[0]!.onclose?.({ code: LIVE_CLOSE_SIGNED_OUT });
    expect(first.events).toEqual(["signed out"]);
    expect(first.timers).toEqual([]);

    const second = harness();
    second.client.close();
    expect(second.sockets[0]!.closed).toBe(true);
    second.sockets[0]!.onclose?.({ code: 1000 });
    expect(second.timers).toEqual([]);
  });
});
