import type { Page } from "@playwright/test";
import { connect, conversation, openPerson, type Person, person } from "../support/circle.ts";
import { expect, expectNoAxeViolations, setTheme, test } from "../support/fixtures.ts";

/**
 * The trusted circle (issue 6), two people in two browser contexts against the real server:
 * invite, join, compare safety codes, a one-tap message that arrives live within a second, a
 * one-tap answer, a message sent while the other is offline that arrives when they are back, and
 * block stopping delivery. axe runs on every circle screen, light and dark.
 */

const PASSWORD = "lanterns along the quiet canal";
const LIVE_BUDGET_MS = 1_000;

async function tapPhrase(page: Page, section: "Reach out" | "Answer", text: string): Promise<void> {
  await page.getByRole("region", { name: section }).getByRole("button", { name: text }).click();
}

test("two people: invite, compare codes, reach out and answer live, offline delivery, block", async ({
  browser,
  server,
}) => {
  test.setTimeout(240_000);
  const robin: Person = await person(browser, server.url, "Robin", PASSWORD);
  const sam: Person = await person(browser, server.url, "Sam", PASSWORD);
  await expectNoAxeViolations(robin.page, "circle hub with a name");

  // Robin shares a status before anyone is connected: Sam gets it on joining.
  await robin.page.getByLabel("I need some space today").check();
  await expect(robin.page.getByText("Your status is updated.")).toBeVisible();

  await robin.page.goto("/circle/invite");
  await expectNoAxeViolations(robin.page, "invite form");
  const codes = await connect(robin, sam);
  expect(codes.inviterCode).toBe(codes.joinerCode);
  await expectNoAxeViolations(sam.page, "joined, codes compared");

  // Both open the conversation; each sees the other's name (sent sealed, in a hello).
  await openPerson(robin.page, "Sam");
  await openPerson(sam.page, "Robin");
  await expect(sam.page.getByText("Needs some space today")).toBeVisible();
  await expectNoAxeViolations(sam.page, "a person, no messages yet");

  // One tap from Robin arrives on Sam's open page within a second.
  const started = Date.now();
  await tapPhrase(robin.page, "Reach out", "Rough day. Felt small again.");
  await expect(conversation(sam.page).getByText("Rough day. Felt small again.")).toBeVisible({
    timeout: 5_000,
  });
  const liveMs = Date.now() - started;
  test.info().annotations.push({ type: "circle live delivery", description: `${liveMs} ms` });
  expect(liveMs).toBeLessThan(LIVE_BUDGET_MS);

  // Sam answers with a suggested answer; it arrives at Robin.
  await tapPhrase(sam.page, "Answer", "Still here if you want to talk.");
  await expect(conversation(robin.page).getByText("Still here if you want to talk.")).toBeVisible({
    timeout: 5_000,
  });
  await expectNoAxeViolations(robin.page, "a conversation both ways");

  // Sam goes offline; Robin writes in their own words; nothing reaches Sam until Sam is back.
  await sam.context.setOffline(true);
  await robin.page.getByLabel("Message to Sam").fill("Thinking of you. No rush at all.");
  await robin.page.getByRole("button", { name: "Send message" }).click();
  await expect(conversation(robin.page).getByText("Thinking of you. No rush at all.")).toBeVisible();
  await sam.page.waitForTimeout(1_500);
  await expect(conversation(sam.page).getByText("Thinking of you. No rush at all.")).toHaveCount(0);
  await sam.context.setOffline(false);
  await expect(conversation(sam.page).getByText("Thinking of you. No rush at all.")).toBeVisible({
    timeout: 20_000,
  });
  // Exactly once, however it was fetched.
  await expect(conversation(sam.page).getByText("Rough day. Felt small again.")).toHaveCount(1);

  // Sam blocks Robin: the connection ends both ways and nothing more is delivered.
  await sam.page.getByRole("button", { name: "Block Robin" }).click();
  await sam.page.getByRole("button", { name: "Yes, block" }).click();
  await expect(sam.page.getByText("Robin is blocked.")).toBeVisible();
  await expect(robin.page.getByText(/You're no longer connected with Sam/)).toBeVisible({ timeout: 10_000 });
  const peerId = new URL(robin.page.url()).pathname.split("/").pop() ?? "";
  const refused = await robin.page.evaluate(async (to) => {
    const response = await fetch("/api/circle/messages", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        id: crypto.randomUUID(),
        to,
        quiet: false,
        box: { v: 1, nonce: btoa("n".repeat(24)), ciphertext: btoa("c".repeat(40)) },
      }),
    });
    return response.status;
  }, peerId);
  expect(refused).toBe(404);
  // Sam's history stays readable, and nothing new came.
  await expect(conversation(sam.page).getByRole("listitem")).toHaveCount(3);

  // The other circle screens, and everything in dark too.
  await robin.page.goto("/circle/guide");
  await expect(robin.page.getByRole("heading", { level: 1 })).toHaveText("Being there for someone");
  await expectNoAxeViolations(robin.page, "supporter guide");
  await setTheme(robin.page, "dark");
  for (const path of ["/circle", "/circle/invite", "/circle/join", "/circle/guide", `/circle/p/${peerId}`]) {
    await robin.page.goto(path);
    await expect(robin.page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(robin.page, `${path} in dark`);
  }
  await robin.context.close();
  await sam.context.close();
});

test("the circle in the SOS reach-out step: one tap reaches someone in my circle", async ({
  browser,
  server,
}) => {
  test.setTimeout(180_000);
  const robin = await person(browser, server.url, "Robin", PASSWORD);
  const sam = await person(browser, server.url, "Sam", PASSWORD);
  await connect(robin, sam);
  await openPerson(sam.page, "Robin");

  await robin.page.goto("/sos/reach-out");
  const circle = robin.page.getByRole("region", { name: "Your circle" });
  await expect(circle).toBeVisible();
  await circle.getByRole("button", { name: "Can you check in on me?" }).first().click();
  await expect(robin.page.getByText("Sent to Sam.")).toBeVisible();
  await expect(conversation(sam.page).getByText("Can you check in on me?")).toBeVisible({ timeout: 5_000 });
  await expectNoAxeViolations(robin.page, "SOS reach out with a circle");
  await robin.context.close();
  await sam.context.close();
});
