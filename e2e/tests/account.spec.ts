import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { pdfText } from "../../apps/web/src/pdf/pdfText.testing.ts";
import { expect, expectNoAxeViolations, test } from "../support/fixtures.ts";

const PASSWORD = "a heron by the lock gates";
const NEW_PASSWORD = "the kettle sings at seven";
const RECOVERED_PASSWORD = "rain on the allotment shed";

/** axe on the state as it is, with the device asking for light and then for dark. */
async function axeBoth(page: Page, state: string) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // Buttons ease between colours; axe must measure the settled ones, not a blend.
    await page.evaluate(() =>
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a instanceof CSSTransition)
          .map((a) => a.finished),
      ),
    );
    await expectNoAxeViolations(page, `${state} (${scheme})`);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

const h1 = (page: Page) => page.getByRole("heading", { level: 1 });
const flat = (s: string) => s.replace(/\s+/g, " ").trim();

async function signIn(page: Page, username: string, password: string) {
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(h1(page)).toHaveText("Sign in");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByText("You're signed out. Your data on this device is still here.")).toBeVisible();
  await expect(h1(page)).toHaveText("Account and sync");
}

// One account's whole life; Argon2id runs (at its real cost) on every sign-in and change.
test("an account from sign-up to deletion, with the recovery kit", async ({ page }) => {
  test.setTimeout(180_000);
  const username = `robin${Date.now().toString(36)}`;

  // From More, plainly optional, saying who can read what.
  await page.goto("/more");
  await page.getByRole("link", { name: /Account and sync/ }).click();
  await expect(h1(page)).toHaveText("Account and sync");
  await expect(page.getByText("everything works without one")).toBeVisible();
  await expect(page.getByText("Your password never leaves this device.")).toBeVisible();
  await expect(page.getByText("We can't reset a forgotten password.")).toBeVisible();
  await axeBoth(page, "signed out");

  // Create an account: a common password is refused kindly, then a phrase is accepted.
  await page.getByRole("button", { name: "Create an account" }).click();
  await expect(h1(page)).toHaveText("Create an account");
  await expect(h1(page)).toBeFocused();
  await page.getByLabel("Username").fill(username);
  const password = page.getByLabel("Password", { exact: true });
  await expect(password).toHaveAttribute("autocomplete", "new-password");
  await password.fill("iloveyou2");
  await page.getByRole("button", { name: "Create account" }).click();
  const common = page.getByText("This password is on a list of commonly used passwords.");
  await expect(common).toBeVisible();
  await expect(common).toBeFocused();
  await axeBoth(page, "create account with an error");
  await password.fill(PASSWORD);
  await page.getByRole("button", { name: "Show password" }).click();
  await expect(password).toHaveAttribute("type", "text");
  await page.getByRole("button", { name: "Create account" }).click();

  // The recovery code, shown once.
  await expect(h1(page)).toHaveText("Your recovery code", { timeout: 30_000 });
  const parts = await page.locator(".recovery-code li").allTextContents();
  const code =
    parts.length > 0 ? parts.join(" ") : flat((await page.locator(".recovery-code").textContent()) ?? "");
  expect(code.split(" ").length).toBeGreaterThan(10);
  await axeBoth(page, "recovery code");

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download recovery kit (PDF)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("small-steps-recovery-kit.pdf");
  const text = flat(pdfText(readFileSync(await file.path())));
  expect(text).toContain(code);
  expect(text).toContain(`Username: ${username}`);
  expect(text).toContain("Where to keep it");

  // Going on needs the "saved" box.
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("tick the box to carry on")).toBeVisible();
  await page.getByLabel("I've saved my recovery code").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText(`Signed in as ${username}.`)).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "This device" })).toBeVisible();
  await axeBoth(page, "signed in");

  // Keys survive a reload: still signed in.
  await page.reload();
  await expect(page.getByText(`Signed in as ${username}.`)).toBeVisible();

  // Sign out, then a wrong password meets a calm answer.
  await signOut(page);
  await signIn(page, username, "a heron by the lock gate");
  const wrong = page.getByText("That username and password don't match. Take your time and try again.");
  await expect(wrong).toBeVisible({ timeout: 30_000 });
  await expect(wrong).toBeFocused();
  await axeBoth(page, "sign in with an error");
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText(`Signed in as ${username}.`)).toBeVisible({ timeout: 30_000 });

  // Change the password; the new one signs in.
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password is changed.")).toBeVisible({ timeout: 30_000 });
  await signOut(page);
  await signIn(page, username, NEW_PASSWORD);
  await expect(page.getByText(`Signed in as ${username}.`)).toBeVisible({ timeout: 30_000 });

  // Forgotten password: the recovery code and a new password.
  await signOut(page);
  await page.getByRole("button", { name: "Forgot your password?" }).click();
  await expect(h1(page)).toHaveText("Choose a new password");
  await axeBoth(page, "recover");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Recovery code").fill(code.toUpperCase());
  await page.getByLabel("New password").fill(RECOVERED_PASSWORD);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("Your new password is set and you're signed in.")).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText(`Signed in as ${username}.`)).toBeVisible();

  // Delete the account: the password confirms it; the server copy goes at once.
  await page.getByLabel("Type your password to confirm").fill(RECOVERED_PASSWORD);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(
    page.getByText("Your account is deleted. Your data on this device is still here."),
  ).toBeVisible({
    timeout: 30_000,
  });
  await expect(h1(page)).toHaveText("Account and sync");
  await signIn(page, username, RECOVERED_PASSWORD);
  await expect(page.getByText("That username and password don't match.")).toBeVisible({ timeout: 30_000 });
});

/** Signs up and gets past the recovery code, for tests about what comes after. */
async function signUp(page: Page, username: string) {
  await page.goto("/account");
  await page.getByRole("button", { name: "Create an account" }).click();
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByLabel("I've saved my recovery code").check({ timeout: 30_000 });
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText(`Signed in as ${username}.`)).toBeVisible();
}

test("two devices: sign out everywhere else, an unreachable server, and removing this device's data", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const username = `sam${Date.now().toString(36)}`;
  await signUp(page, username);

  // A second device signs in; it is listed on the first.
  const other = await (await browser.newContext({ baseURL })).newPage();
  await other.goto("/account");
  await signIn(other, username, PASSWORD);
  await expect(other.getByText(`Signed in as ${username}.`)).toBeVisible({ timeout: 30_000 });
  await page.reload();
  await expect(page.locator(".account-device")).toHaveCount(2);
  await page.getByRole("button", { name: "Sign out everywhere else" }).click();
  await expect(page.getByText("Signed out on 1 other device.")).toBeVisible();
  await expect(page.locator(".account-device")).toHaveCount(1);

  // The other device learns its session ended and forgets its keys.
  await other.reload();
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await expect(other.getByText("You were signed out on this device")).toBeVisible();
  await expect(other.getByLabel("Username")).toHaveValue(username);

  // With the server out of reach, signing in says so kindly.
  await other.route("**/api/account/**", (route) => route.abort("internetdisconnected"));
  await other.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await other.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(other.getByText("We can't reach the server right now.")).toBeVisible();
  await other.unroute("**/api/account/**");

  // Signing out can also remove what this device holds.
  await page.goto("/glimmers");
  await page.getByLabel("A small good moment").fill("Steam from the kettle");
  await page.getByRole("button", { name: "Save glimmer" }).click();
  await expect(page.getByText("Glimmer saved. It's in your jar now.")).toBeVisible();
  await page.goto("/account");
  await page.getByLabel("Also remove my data from this device").first().check();
  await expect(
    page.getByText("This deletes everything you've kept in Small Steps on this device."),
  ).toBeVisible();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByText("You're signed out, and your data on this device is removed.")).toBeVisible();
  await page.goto("/glimmers");
  await expect(page.getByText("Steam from the kettle")).toHaveCount(0);
});
