import type { Page } from "@playwright/test";

/**
 * Looking at the screen as a person does: what is inside the viewport they have, what a tap at
 * a spot would land on. Nothing here scrolls or moves focus, unlike Playwright's own actions,
 * which scroll an element into view before they touch it and so hide the very problem.
 */

/** A screen a person holds: its CSS size as set by the test (never innerWidth, which grows on
 * a mobile viewport when the page is too wide). */
export interface Screen {
  width: number;
  height: number;
}

/**
 * The browser's own text size (Settings → Appearance → Font size), as a low-vision person sets
 * it: the default font becomes `percent` of 16 px, and every rem with it. Returns the root font
 * size in px so the caller can check it really changed.
 */
export async function setBrowserTextSize(page: Page, percent: number): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Page.setFontSizes", {
    fontSizes: { standard: Math.round((16 * percent) / 100), fixed: Math.round((13 * percent) / 100) },
  });
  return rootFontSize(page);
}

export async function rootFontSize(page: Page): Promise<number> {
  return page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
}

/**
 * What stops a person reaching help on the screen as it stands: "I'm struggling" or Quick exit
 * outside the viewport, covered by something else, or smaller than a 44 × 44 px target; or the
 * page wider than the phone (something to scroll sideways to). One line per problem, empty when
 * all is well.
 */
export async function helpOutOfReach(page: Page, screen: Screen): Promise<string[]> {
  const banner = page.getByRole("banner");
  const controls = [
    { name: "I'm struggling", el: banner.getByRole("link", { name: /struggling/i }) },
    { name: "Quick exit", el: banner.getByRole("link", { name: "Quick exit" }) },
  ];
  const problems: string[] = [];
  for (const { name, el } of controls) {
    if ((await el.count()) !== 1) {
      problems.push(`${name} is not in the top bar`);
      continue;
    }
    // locator.evaluate does not scroll: the element is measured where it is.
    const seen = await el.evaluate((node, s) => {
      const r = node.getBoundingClientRect();
      const inside = r.left >= 0 && r.top >= 0 && r.right <= s.width + 0.5 && r.bottom <= s.height + 0.5;
      // The centre, where a finger aims, and four points around it: a control half hidden
      // (behind the skip link, say) is not within reach either.
      const points = [
        [0.5, 0.5],
        [0.25, 0.25],
        [0.75, 0.25],
        [0.25, 0.75],
        [0.75, 0.75],
      ].map(([x = 0.5, y = 0.5]) => document.elementFromPoint(r.left + r.width * x, r.top + r.height * y));
      const hit = points.find((p) => p === null || !node.contains(p));
      const what = hit
        ? `${hit.tagName.toLowerCase()}${hit.className ? `.${hit.className}` : ""}`
        : "nothing";
      return {
        inside,
        hitOk: hit === undefined,
        what,
        box: `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}`,
        w: Math.round(r.width),
        h: Math.round(r.height),
        // Its words inside it: a label wider than its control runs over the edge, cut in half.
        wordsFit: node.scrollWidth <= node.clientWidth + 1,
        words: `${node.scrollWidth} px of words in ${node.clientWidth} px`,
      };
    }, screen);
    if (!seen.wordsFit) problems.push(`${name}'s words run past its edges (${seen.words})`);
    if (!seen.inside)
      problems.push(`${name} is outside the ${screen.width}×${screen.height} screen (${seen.box})`);
    else if (!seen.hitOk) problems.push(`${name} is covered by ${seen.what} (${seen.box})`);
    if (seen.w < 44 || seen.h < 44) problems.push(`${name} is ${seen.w}×${seen.h} px, under 44×44`);
  }
  const wide = await pageWidth(page);
  if (wide > screen.width) {
    const culprits = await whatSticksOut(page, screen.width);
    problems.push(`the page is ${wide} px wide on a ${screen.width} px screen (${culprits.join("; ")})`);
  }
  return problems;
}

/**
 * The innermost elements reaching past the right edge: where to look when a page is too wide.
 * Elements inside something that scrolls or clips on its own (the nav's row) are left out.
 */
export async function whatSticksOut(page: Page, width: number): Promise<string[]> {
  return page.evaluate((w) => {
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o !== "visible") return true;
      }
      return false;
    };
    const out = Array.from(document.body.querySelectorAll("*")).filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.right > w + 0.5 && !clipped(el);
    });
    const innermost = out.filter((el) => !out.some((o) => o !== el && el.contains(o)));
    return innermost.slice(0, 4).map((el) => {
      const cls =
        typeof el.className === "string" && el.className ? `.${el.className.split(" ").join(".")}` : "";
      return `${el.tagName.toLowerCase()}${cls} "${(el.textContent ?? "").trim().slice(0, 24)}" to ${Math.round(el.getBoundingClientRect().right)}`;
    });
  }, width);
}

/** How wide the page is: more than the screen means something to scroll sideways to. */
export async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** Scrolls to the very end of the page, as a thumb does, and waits for the frame to settle. */
export async function scrollToEnd(page: Page): Promise<void> {
  await page.evaluate(async () => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

/** Where focus and scroll stand after arriving on a screen: a person (or a screen reader)
 * starts at the new screen's heading, at the top of the page. */
export async function arrival(page: Page): Promise<{ focus: string; onHeading: boolean; scrollY: number }> {
  return page.evaluate(() => {
    const a = document.activeElement;
    const h1 = document.querySelector("main h1");
    return {
      focus: a
        ? `${a.tagName.toLowerCase()}${a.id ? `#${a.id}` : ""} "${(a.textContent ?? "").trim().slice(0, 30)}"`
        : "nothing",
      onHeading: a !== null && (a === h1 || a.id === "main"),
      scrollY: window.scrollY,
    };
  });
}

/**
 * Bars that stretch into empty bands: each bar's height against what its contents need
 * (tallest child plus its own padding and border). A few px of rounding are allowed.
 */
export async function stretchedBars(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const bars: [string, Element | null][] = [
      ["top bar", document.querySelector("header")],
      ["bottom nav", document.querySelector("nav.main-nav")],
    ];
    for (const [name, bar] of bars) {
      if (!bar) continue;
      const s = getComputedStyle(bar);
      const top = bar.getBoundingClientRect().top;
      let bottom = top;
      for (const child of Array.from(bar.children)) {
        const r = child.getBoundingClientRect();
        if (r.height > 0) bottom = Math.max(bottom, r.bottom);
      }
      const natural =
        bottom - top + Number.parseFloat(s.paddingBottom) + Number.parseFloat(s.borderBottomWidth);
      const height = bar.getBoundingClientRect().height;
      if (height > natural + 2) {
        out.push(`${name} is ${Math.round(height)} px tall for ${Math.round(natural)} px of content`);
      }
    }
    return out;
  });
}

/** Waits two frames: layout and any focus moved in an effect have happened. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}
