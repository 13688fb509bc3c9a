import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { expectNoRawText } from "./visible-text";

/**
 * The accessibility check of issue 14, for any page as it is at the moment: axe-core finds no
 * serious or critical WCAG 2 A/AA violation, no raw code or English shows (visible-text.ts), and
 * on a phone the page never scrolls sideways and every visible action in <main> or an open dialog
 * sits inside the screen. Expectations are soft, so a flow spec reports every finding and still
 * runs to its end.
 */

export const desktop = { width: 1280, height: 900 } as const;
export const phone = { width: 375, height: 812 } as const;

/** A page narrower than this is checked as a phone. */
const phoneBelow = 640;

/**
 * Violations still open, skipped by check label and rule only (never globally). Each entry says why
 * it is still here; the list is meant to shrink to nothing.
 */
export const knownIssues: { label: string; rule: string; why: string }[] = [];

function isKnown(label: string, rule: string): boolean {
  return knownIssues.some((k) => k.label === label && k.rule === rule);
}

/** Two animation frames: the browser has laid out and painted the page at its current size. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** How wide the page's content is, and how wide its window: wider content scrolls sideways. */
export function pageWidths(page: Page): Promise<{ scroll: number; client: number }> {
  return page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
}

/** Checks the page as it is now; `label` names it in the report (a path, or what is open). */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = results.violations.filter(
    (v) => (v.impact === "serious" || v.impact === "critical") && !isKnown(label, v.id),
  );
  const report = serious
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(" ")}: ${n.failureSummary?.split("\n").slice(1).join(" ").trim() ?? ""}`).join("\n")}`,
    )
    .join("\n");
  expect.soft(serious.length, `axe on ${label}:\n${report}`).toBe(0);
  await expectNoRawText(page, label);

  if ((page.viewportSize()?.width ?? desktop.width) >= phoneBelow) return;
  const widthsOfPage = await pageWidths(page);
  expect.soft(widthsOfPage.scroll, `${label} scrolls sideways`).toBeLessThanOrEqual(widthsOfPage.client);

  const offScreen = await page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const actions = ["main", "dialog[open]", '[role="dialog"]', '[role="alertdialog"]']
      .flatMap((scope) => [`${scope} a`, `${scope} button`])
      .join(", ");
    return [...document.querySelectorAll(actions)]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        // Screen-reader-only helpers are 1 px boxes; they are not actions a person taps.
        return r.width > 1 && r.height > 1 && style.visibility !== "hidden";
      })
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.left < -0.5 || r.right > viewport + 0.5;
      })
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 20)}"`);
  });
  expect.soft(offScreen, `${label}: actions outside the screen`).toEqual([]);
}

/** A file name for `label`: what a label says, in characters a path can hold. */
const fileName = (label: string) => label.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "");

/**
 * Checks the page as it is now at 1280 × 900 and at 375 × 812, then gives the page back at the size
 * it had. `prepare`, when given, runs after each resize and before the check (to reopen what a
 * resize closes, or wait for something to show). The phone view is saved as a screenshot,
 * tests/.artifacts/screens/axe-<label>.png (the screen only, while a modal dialog is open).
 */
export async function atBothWidths(
  page: Page,
  label: string,
  prepare?: (size: { width: number; height: number }) => Promise<void>,
): Promise<void> {
  const original = page.viewportSize();
  try {
    for (const size of [desktop, phone]) {
      await page.setViewportSize(size);
      await settled(page);
      if (prepare) await prepare(size);
      await expectAccessible(page, label);
      if (size === phone) {
        // A modal covers the screen where it opened: the screen itself shows it, a full page would not.
        const modal = (await page.locator('dialog[open], [role="dialog"]').count()) > 0;
        await page.screenshot({ path: `tests/.artifacts/screens/axe-${fileName(label)}.png`, fullPage: !modal });
      }
    }
  } finally {
    if (original) {
      await page.setViewportSize(original);
      await settled(page);
    }
  }
}
