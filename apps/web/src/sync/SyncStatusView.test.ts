import { describe, expect, it } from "vitest";
import { shown } from "./SyncStatusView.tsx";

describe("shown", () => {
  it("never says off on the signed-in view: sync is starting", () => {
    expect(shown({ phase: "off" }, true).phase).toBe("checking");
  });
  it("says off where there is no account", () => {
    expect(shown({ phase: "off" }, false).phase).toBe("off");
  });
  it("keeps what the runner said", () => {
    expect(shown({ phase: "idle", lastSyncedAt: "2026-01-01T00:00:00.000Z" }, true)).toEqual({
      phase: "idle",
      lastSyncedAt: "2026-01-01T00:00:00.000Z",
    });
  });
});
