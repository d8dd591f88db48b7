import type Dexie from "dexie";
import { atRestMiddleware } from "./atRest.ts";
import { readLockConfig, sealsNewRows } from "./config.ts";
import { keyring, setSealing } from "./keyring.ts";
import { inWorker, waitForLockInWorker } from "./workerLink.ts";

/**
 * Puts the app lock's at-rest layer under a database (called from its constructor, before it
 * opens). On the page, whether to seal is read from localStorage at once, so not even the
 * first write can slip out in clear; in a worker it arrives from the page (workerLink.ts).
 * With the lock off this costs one localStorage read and a property check per row read.
 */
export function protectAtRest(db: Dexie): void {
  db.use(atRestMiddleware);
  if (inWorker()) waitForLockInWorker(db);
  else setSealing(sealsNewRows(readLockConfig()));
  // A database made afresh under a lock (its storage was cleared, localStorage was not) holds
  // nothing private yet: the starting library is written in clear rather than refused, so the
  // app opens; sealing resumes as soon as the database is open. Registered before the
  // migrations' own populate, so it runs first.
  let resume = false;
  db.on("populate", () => {
    const { sealing, key } = keyring();
    if (sealing && !key) {
      setSealing(false);
      resume = true;
    }
  });
  db.on("ready", () => {
    if (resume) setSealing(true);
    resume = false;
  });
}
