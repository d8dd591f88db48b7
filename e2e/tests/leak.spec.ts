import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { connect, conversation, openPerson, person } from "../support/circle.ts";
import { rawDrafts } from "../support/drafts.ts";
import { expect, test } from "../support/fixtures.ts";
import { type RunningServer, startServer } from "../support/server.ts";

/**
 * The leak test (issue 5): a unique marker phrase goes into every kind of private record, all of
 * it syncs, and afterwards neither the server's database files nor anything it logged — at
 * debug level — holds the marker, the password or the recovery code. The server keeps only
 * envelopes it cannot open.
 */

const TABLES = [
  "checkins",
  "steps",
  "stepLogs",
  "journal",
  "glimmers",
  "refrains",
  "sosSessions",
  "safetyPlans",
  "contacts",
  "measureResults",
  "therapyNotes",
  "therapySessions",
];

let server: RunningServer;
test.beforeAll(async () => {
  server = await startServer({ logLevel: "debug" });
});
test.afterAll(async () => {
  await server?.stop();
});

/** Every byte the server has written: the SQLite file and its WAL and shared-memory files. */
function databaseBytes(): string {
  return readdirSync(server.dataDir)
    .map((name) => readFileSync(join(server.dataDir, name)).toString("latin1"))
    .join("\n");
}

test("private words never reach the server's database or logs in clear", async ({ page }) => {
  test.setTimeout(120_000);
  const marker = `heron-${Math.random().toString(36).slice(2)}-lantern`;
  const password = `quiet ${marker} harbour`;
  const username = `leak${Date.now().toString(36)}`;

  await page.goto(`${server.url}/account`);
  await page.getByRole("button", { name: "Create an account" }).click();
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your recovery code", { timeout: 30_000 });
  const words = (await page.locator(".recovery-code li").allTextContents()).join(" ").trim();
  expect(words.split(/\s+/).length).toBe(24);
  await page.getByLabel("I've saved my recovery code").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText(`Signed in as ${username}.`)).toBeVisible();

  // The real write path for one kind: a journal entry typed on the screen.
  await page.goto(`${server.url}/journal`);
  await page.getByLabel("A word, a line, or more").fill(`Today: ${marker}`);
  await page.getByRole("button", { name: "Save entry" }).click();
  await expect(page.locator("#journal-write-message")).toHaveText("Saved. Your entry is in the list below.");
  // And words still being written: a kept draft (drafts/) stays on the device, never synced.
  await page.getByLabel("A word, a line, or more").fill(`Unsaved: ${marker}`);
  await expect.poll(() => rawDrafts(page).then((rows) => JSON.stringify(rows))).toContain(marker);

  // Every other kind: a record per table carrying the marker, queued in the outbox as the app
  // would (written straight to IndexedDB so the test reaches kinds that need many screens).
  await page.evaluate(
    ({ tables, marker }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("small-steps");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const tx = idb.transaction([...tables, "outbox"], "readwrite");
          const now = new Date().toISOString();
          tables.forEach((table, i) => {
            const id = crypto.randomUUID();
            tx.objectStore(table).put({
              id,
              kind: table,
              schemaVersion: 1,
              createdAt: now,
              updatedAt: now,
              deviceId: "leak-test",
              deleted: false,
              at: now,
              day: now.slice(0, 10),
              text: `${table}: ${marker}`,
              note: marker,
            });
            tx.objectStore("outbox").put({ id, table, rev: Date.now() * 1000 + i });
          });
          tx.oncomplete = () => {
            idb.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { tables: TABLES, marker },
  );

  // Sync now, and wait until nothing is left to send.
  await page.goto(`${server.url}/account`);
  await page.getByRole("button", { name: "Sync now" }).click();
  await expect(page.locator('[data-sync-phase="idle"]')).toBeVisible({ timeout: 20_000 });
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open("small-steps");
            open.onsuccess = () => {
              const count = open.result.transaction("outbox").objectStore("outbox").count();
              count.onsuccess = () => resolve(count.result);
            };
          }),
      ),
    )
    .toBe(0);

  // The server holds all of it — as envelopes.
  const pulled = await page.request.post(`${server.url}/api/sync`, {
    data: { cursor: 0, changes: [] },
    headers: { "content-type": "application/json" },
  });
  expect(pulled.ok()).toBe(true);
  const body = (await pulled.json()) as { retrieved: { envelope: string | null }[] };
  expect(body.retrieved.length).toBeGreaterThanOrEqual(TABLES.length + 1);
  expect(JSON.stringify(body)).not.toContain(marker);

  // Let SQLite's WAL settle into the files, then look at every byte and every log line.
  await new Promise((r) => setTimeout(r, 500));
  const bytes = databaseBytes();
  expect(bytes.length).toBeGreaterThan(10_000);
  expect(bytes).toContain(username);
  expect(bytes).not.toContain(marker);
  expect(bytes).not.toContain(password);
  expect(bytes).not.toContain(words);
  const logs = server.output();
  expect(logs).toContain("/api/sync");
  expect(logs).not.toContain(marker);
  expect(logs).not.toContain(password);
  expect(logs).not.toContain(words);
});

test("circle words — names, phrases, messages — never reach the server's database or logs in clear", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const marker = `kestrel${Math.random().toString(36).slice(2, 10)}`;
  const password = "a quiet kettle by the window";
  // Names travel sealed too: the marker is in both.
  const robin = await person(browser, server.url, `Robin${marker}`, password);
  const sam = await person(browser, server.url, `Sam${marker}`, password);
  await connect(robin, sam);
  await openPerson(robin.page, sam.name);
  await openPerson(sam.page, robin.name);

  // A shaped phrase, a message in one's own words, and a status, each carrying the marker.
  await robin.page.getByText("Shape your messages together").click();
  await robin.page
    .getByRole("group", { name: "Messages for reaching out" })
    .getByLabel("Message 1", { exact: true })
    .fill(`Hard one ${marker}.`);
  await robin.page.getByRole("button", { name: "Save messages" }).click();
  await expect(
    sam.page.getByRole("region", { name: "Reach out" }).getByRole("button", { name: `Hard one ${marker}.` }),
  ).toBeVisible({
    timeout: 10_000,
  });
  await sam.page.getByLabel(`Message to ${robin.name}`).fill(`Here for you ${marker}`);
  await sam.page.getByRole("button", { name: "Send message" }).click();
  await expect(conversation(robin.page).getByText(`Here for you ${marker}`)).toBeVisible({ timeout: 10_000 });
  await robin.page
    .getByRole("region", { name: "Reach out" })
    .getByRole("button", { name: `Hard one ${marker}.` })
    .click();
  await expect(conversation(sam.page).getByText(`Hard one ${marker}.`)).toBeVisible({ timeout: 10_000 });

  // The server holds the boxes, and its inbox answer carries no word of them.
  const inbox = await robin.page.request.get(`${server.url}/api/circle/inbox?after=0`);
  expect(inbox.ok()).toBe(true);
  const items = ((await inbox.json()) as { items: unknown[] }).items;
  expect(items.length).toBeGreaterThan(0);
  expect(JSON.stringify(items)).not.toContain(marker);

  await new Promise((r) => setTimeout(r, 500));
  const bytes = databaseBytes();
  // Booleans, not the bytes, in a failure message: the files are large and hold keys.
  expect(bytes.includes("circle_messages"), "the database was read").toBe(true);
  expect(bytes.includes(marker), "a circle word in the database files").toBe(false);
  const logs = server.output();
  expect(logs.includes("/api/circle/messages"), "the logs were read").toBe(true);
  expect(logs.includes(marker), "a circle word in the logs").toBe(false);
  await robin.context.close();
  await sam.context.close();
});
