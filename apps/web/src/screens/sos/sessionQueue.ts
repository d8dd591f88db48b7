import type { SosTool } from "@small-steps/core";
import { currentSosSession, finishSosSession, markToolUsed, startSosSession } from "../../sos/session.ts";
import { updateRecord } from "../../store/records.ts";

/**
 * SOS record writes, one after another and never awaited by a screen. Serial because a
 * person moving through the rating with arrow keys fires several starts at once, and two
 * starts racing would make two visits; never awaited because help must not wait for storage.
 */
let chain: Promise<unknown> = Promise.resolve();

function queue(work: () => Promise<unknown>): void {
  chain = chain.then(work).catch((error: unknown) => {
    console.warn("Could not note the SOS visit", error);
  });
}

export function noteBefore(distressBefore: number | undefined): void {
  queue(() => startSosSession(distressBefore));
}

export function noteTool(tool: SosTool): void {
  queue(() => markToolUsed(tool));
}

/** A rating given only at the end still deserves a visit to hold it. */
export function noteFinish(distressAfter: number | undefined): void {
  queue(async () => {
    if (distressAfter !== undefined) await startSosSession();
    await finishSosSession(distressAfter);
  });
}

/** Takes back a before-rating given by mistake; the visit itself stays. */
export function clearBefore(): void {
  queue(async () => {
    const session = await currentSosSession();
    if (session && session.endedAt === undefined) {
      await updateRecord("sosSession", session.id, { distressBefore: undefined });
    }
  });
}
