import { SyncStatusView } from "../../sync/SyncStatusView.tsx";
import { syncNow } from "../../sync/start.ts";

/** Where the signed-in view shows how syncing is going, with "Sync now". */
export function SyncStatusSlot() {
  return <SyncStatusView signedIn onSyncNow={() => void syncNow()} />;
}
