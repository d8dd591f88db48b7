/** `npm run bench`: every benchmark in turn (the web app must be built: the root script does it). */

import { startServer } from "../e2e/support/server.ts";
import { benchAppData } from "./app-data.ts";
import { benchArgon2 } from "./argon2.ts";
import { bundleSizes } from "./bundle-size.ts";
import { benchCircleFanout } from "./circle-fanout.ts";
import { benchDrafts } from "./drafts.ts";
import { runLighthouse } from "./lighthouse.ts";
import { benchReach } from "./reach.ts";
import { benchSos } from "./sos.ts";
import { benchStories } from "./stories.ts";
import { benchSyncInitial } from "./sync-initial.ts";
import { benchSyncRoundtrip } from "./sync-roundtrip.ts";
import { benchSyncServer } from "./sync-server.ts";
import { benchUnderstanding } from "./understanding.ts";

console.info("== Initial JS per route (gzip; budget 170 KB for the first screen)");
for (const { route, kb } of bundleSizes()) console.info(`  ${route.padEnd(14)} ${kb} KB`);

console.info("\n== Lighthouse mobile (slow 4G, ×4 CPU), Today");
const server = await startServer();
try {
  const lh = await runLighthouse(`${server.url}/`);
  console.info(
    `  performance ${lh.score}, LCP ${lh.lcpMs} ms, FCP ${lh.fcpMs} ms, TBT ${lh.tbtMs} ms, CLS ${lh.cls}`,
  );
} finally {
  await server.stop();
}

console.info("\n== Ten years of data");
await benchAppData();

console.info("\n== Hard moments (SOS)");
await benchSos();

console.info("\n== Help within reach: page width and bars per screen size and text size");
await benchReach();

console.info("\n== Words never lost: a typed key to a kept draft on disk (journal)");
await benchDrafts();

console.info("\n== Understanding (ten years of data)");
await benchUnderstanding();

console.info("\n== Argon2id in Chromium (sign-up and sign-in)");
await benchArgon2();

console.info("\n== Sync: the server under load");
await benchSyncServer();

console.info("\n== Sync: ten years onto a new device");
await benchSyncInitial();

console.info("\n== Sync: one change, device to device");
await benchSyncRoundtrip();

console.info("\n== Circle: one message to many people at once");
await benchCircleFanout();

console.info("\n== Stories: the feed and a story at 10,000 and 1,000,000 stories");
await benchStories();
