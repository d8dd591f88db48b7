import type { CDPSession, Page } from "@playwright/test";
import { test as base, expect, expectNoAxeViolations } from "../support/fixtures.ts";
import { type RunningServer, startServer } from "../support/server.ts";

// WebAuthn refuses an IP address as the relying party, so this journey opens the app as
// http://localhost:<port> (the server still listens on 127.0.0.1). Chromium's virtual
// authenticator stands in for a phone or laptop, with the PRF extension on or off.
const test = base.extend<object, { server: RunningServer }>({
  server: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature needs the object.
    async ({}, use) => {
      const server = await startServer({ urlHost: "localhost" });
      await use(server);
      await server.stop();
    },
    { scope: "worker" },
  ],
});

const PASSWORD = "moss on the garden wall";

const h1 = (page: Page) => page.getByRole("heading", { level: 1 });

async function axeBoth(page: Page, state: string) {
  // Buttons fade their background over 180 ms; with motion reduced axe never sees a colour mid-fade.
  await page.emulateMedia({ reducedMotion: "reduce" });
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoAxeViolations(page, `${state} (${scheme})`);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

async function addAuthenticator(cdp: CDPSession, hasPrf: boolean): Promise<string> {
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
      hasPrf,
    },
  });
  return authenticatorId;
}

/** The keys this device holds (apps/web/src/account/keyring.ts), read straight from IndexedDB. */
function deviceKeyIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open("small-steps");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction("meta", "readonly");
          const get = tx.objectStore("meta").get("account");
          get.onsuccess = () => {
            const value = get.result?.value as { keys?: { id: string; bytes: string }[] } | undefined;
            resolve((value?.keys ?? []).filter((k) => k.bytes.length > 0).map((k) => k.id));
            open.result.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

async function signOutRemovingData(page: Page) {
  await page.getByLabel("Also remove my data from this device").first().check();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByText("You're signed out, and your data on this device is removed.")).toBeVisible();
  expect(await deviceKeyIds(page)).toEqual([]);
}

test("passkeys: add one, sign in with it and unlock the data, fall back to the password, remove", async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(180_000);
  expect(baseURL).toMatch(/^http:\/\/localhost:\d+$/);
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const withPrf = await addAuthenticator(cdp, true);
  const username = `wren${Date.now().toString(36)}`;

  // Sign up with a password (the account screens).
  await page.goto("/account");
  await page.getByRole("button", { name: "Create an account" }).click();
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByLabel("I've saved my recovery code").check({ timeout: 30_000 });
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText(`Signed in as ${username}.`)).toBeVisible();
  const itemsKeys = (await deviceKeyIds(page)).filter((id) => id.startsWith("items:"));
  expect(itemsKeys.length).toBeGreaterThan(0);

  // The Passkeys section: none yet.
  const section = page.getByRole("region", { name: "Passkeys" });
  await expect(section.getByText("You haven't added a passkey yet.")).toBeVisible();

  // A wrong password is caught on this device, before any passkey is made.
  await section.getByLabel("Name for this passkey").fill("This laptop");
  await section.getByLabel("Your password").fill("moss on the garden");
  await section.getByRole("button", { name: "Add a passkey" }).click();
  await expect(section.getByText("That password doesn't match.")).toBeVisible({ timeout: 30_000 });
  let credentials = await cdp.send("WebAuthn.getCredentials", { authenticatorId: withPrf });
  expect(credentials.credentials).toHaveLength(0);

  // Add a passkey: the authenticator gives a PRF output, so it can unlock the data too.
  await section.getByLabel("Your password").fill(PASSWORD);
  await section.getByRole("button", { name: "Add a passkey" }).click();
  await expect(
    section.getByText("This laptop is added. It signs you in and can also unlock your data."),
  ).toBeVisible({ timeout: 30_000 });
  const item = section.getByRole("listitem").filter({ hasText: "This laptop" });
  await expect(item.getByText("Signs you in and can also unlock your data.")).toBeVisible();
  await expect(item.getByText("Not used to sign in yet")).toBeVisible();
  await expect(section.getByLabel("Your password")).toHaveValue("");
  credentials = await cdp.send("WebAuthn.getCredentials", { authenticatorId: withPrf });
  expect(credentials.credentials).toHaveLength(1);
  expect(credentials.credentials[0]?.isResidentCredential).toBe(true);
  await axeBoth(page, "passkeys section with one passkey");

  // Rename it, by keyboard-reachable buttons with their own names.
  await item.getByRole("button", { name: "Rename This laptop" }).click();
  await expect(section.getByLabel("New name for This laptop")).toBeFocused();
  await section.getByLabel("New name for This laptop").fill("Work laptop");
  await section.getByRole("button", { name: "Save name" }).click();
  await expect(section.getByText("Renamed to Work laptop.")).toBeVisible();
  await expect(section.getByRole("button", { name: "Rename Work laptop" })).toBeFocused();

  // Sign out and clear this device, then sign in with the passkey alone.
  await signOutRemovingData(page);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(h1(page)).toHaveText("Sign in");
  await axeBoth(page, "sign in with a passkey offered");
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(page.getByText(`Signed in as ${username}.`)).toBeVisible({ timeout: 30_000 });
  // No password was asked for: the PRF output unlocked the same items keys. (Once the server
  // serves sync, a journal entry written before signing out should also come back here.)
  expect((await deviceKeyIds(page)).filter((id) => id.startsWith("items:"))).toEqual(itemsKeys);
  const used = page
    .getByRole("region", { name: "Passkeys" })
    .getByRole("listitem")
    .filter({ hasText: "Work laptop" });
  await expect(used.getByText(/^Added .* · Last used /)).toBeVisible();

  // A passkey without PRF signs in, and the password then opens the keys (no second sign-in).
  await cdp.send("WebAuthn.removeVirtualAuthenticator", { authenticatorId: withPrf });
  await addAuthenticator(cdp, false);
  await section.getByLabel("Name for this passkey").fill("Old phone");
  await section.getByLabel("Your password").fill(PASSWORD);
  await section.getByRole("button", { name: "Add a passkey" }).click();
  await expect(
    section.getByText(
      "Old phone is added. It signs you in; you'll still need your password to unlock your data on a new device.",
    ),
  ).toBeVisible({ timeout: 30_000 });
  await expect(
    section
      .getByRole("listitem")
      .filter({ hasText: "Old phone" })
      .getByText("Signs you in; you'll still need your password to unlock your data on a new device."),
  ).toBeVisible();

  await signOutRemovingData(page);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  let logins = 0;
  page.on("request", (request) => {
    if (request.url().endsWith("/api/account/login")) logins++;
  });
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  const unlock = page.getByRole("region", { name: "Unlock your data" });
  await expect(unlock).toBeVisible({ timeout: 30_000 });
  await expect(unlock.getByRole("heading", { name: "Unlock your data" })).toBeFocused();
  // It stands in for the sign-in form: one password field on the screen, the top bar in reach.
  await expect(page.getByLabel("Password", { exact: true }).filter({ visible: true })).toHaveCount(1);
  await expect(page.getByLabel("Username")).toBeHidden();
  await expect(page.getByRole("link", { name: "I'm struggling" })).toBeVisible();
  await axeBoth(page, "unlock step");
  // "Not now" leaves no session behind without its keys.
  await unlock.getByRole("button", { name: "Not now, sign out" }).click();
  await expect(page.getByLabel("Username")).toBeVisible();
  expect((await page.request.get("/api/account/me")).status()).toBe(401);
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(unlock).toBeVisible({ timeout: 30_000 });
  await unlock.getByLabel("Password", { exact: true }).fill("not my password");
  await unlock.getByRole("button", { name: "Unlock" }).click();
  await expect(unlock.getByText("That password doesn't match.")).toBeVisible({ timeout: 30_000 });
  await unlock.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await unlock.getByRole("button", { name: "Unlock" }).click();
  await expect(page.getByText(`Signed in as ${username}.`)).toBeVisible({ timeout: 30_000 });
  expect((await deviceKeyIds(page)).filter((id) => id.startsWith("items:"))).toEqual(itemsKeys);
  expect(logins).toBe(0);

  // Remove both passkeys; the password still signs in.
  for (const name of ["Work laptop", "Old phone"]) {
    await section.getByRole("button", { name: `Remove ${name}` }).click();
    await expect(section.getByText(`Remove ${name}? You can still sign in`)).toBeVisible();
    await section.getByRole("button", { name: "Remove passkey" }).click();
    await expect(section.getByText(`${name} is removed.`)).toBeVisible();
  }
  await expect(section.getByText("You haven't added a passkey yet.")).toBeVisible();
  await expect(section.getByRole("heading", { name: "Passkeys" })).toBeFocused();
  await axeBoth(page, "passkeys section, all removed");
});
