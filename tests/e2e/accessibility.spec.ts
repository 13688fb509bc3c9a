import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { E2E } from "./config";
import { demo, signIn } from "./helpers";

/**
 * Every main page of every role, at a desktop width and a phone width: axe-core finds no serious or
 * critical WCAG 2 A/AA violation, and on a phone the page never scrolls sideways and every visible
 * action in <main> sits inside the screen.
 */

const widths = [
  { name: "1280 px", width: 1280, height: 900, phone: false },
  { name: "375 px", width: 375, height: 812, phone: true },
] as const;

type Visit = { path: string /** where the browser ends up, when it is not `path` itself */; lands?: RegExp };

const anonymousPages: Visit[] = [
  { path: "/" },
  { path: "/publicity" },
  { path: "/certificates" },
  { path: "/login", lands: new RegExp(`^${E2E.idpUrl}/interaction/`) },
];

const rolePages: { role: keyof typeof demo; pages: string[] }[] = [
  { role: "APPLICANT", pages: ["/hall", "/hall/binding", "/hall/certificates", "/messages"] },
  { role: "BOUND_APPLICANT", pages: ["/hall", "/hall/apply", "/hall/certificates", "/messages"] },
  { role: "UNIT_REVIEWER", pages: ["/unit", "/messages"] },
  { role: "DEPT_REVIEWER", pages: ["/dept", "/messages"] },
  { role: "COMMITTEE_MEMBER", pages: ["/committee", "/messages"] },
  { role: "COMMITTEE_CHAIR", pages: ["/committee", "/committee/pool", "/committee/publicity"] },
  {
    role: "ADMIN",
    pages: [
      "/admin",
      "/admin/units",
      "/admin/departments",
      "/admin/roles",
      "/admin/experts",
      "/admin/committees",
      "/admin/notices",
      "/admin/calendar",
      "/admin/certificates",
      "/admin/audit",
      "/messages",
    ],
  },
];

/**
 * Violations still open, skipped by page and rule only (never globally). Each entry says why it is
 * still here; the list is meant to shrink to nothing.
 */
const knownIssues: { page: string; rule: string; why: string }[] = [];

function isKnown(path: string, rule: string): boolean {
  return knownIssues.some((k) => k.page === path && k.rule === rule);
}

async function checkPage(page: Page, visit: Visit, phone: boolean): Promise<void> {
  await page.goto(visit.path);
  if (visit.lands) await page.waitForURL(visit.lands);
  await page.waitForLoadState("networkidle");

  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = results.violations.filter(
    (v) => (v.impact === "serious" || v.impact === "critical") && !isKnown(visit.path, v.id),
  );
  const report = serious
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
    .join("\n");
  expect.soft(serious.length, `axe on ${visit.path}:\n${report}`).toBe(0);

  if (!phone) return;
  const widthsOfPage = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect.soft(widthsOfPage.scroll, `${visit.path} scrolls sideways`).toBeLessThanOrEqual(widthsOfPage.client);

  const offScreen = await page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    return [...document.querySelectorAll("main a, main button")]
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
  expect.soft(offScreen, `${visit.path}: actions outside the screen`).toEqual([]);
}

for (const size of widths) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test("the public pages and the sign-in page have no serious accessibility violation", async ({ page }) => {
      for (const visit of anonymousPages) await checkPage(page, visit, size.phone);
    });

    for (const { role, pages } of rolePages) {
      test(`every page of ${role} has no serious accessibility violation`, async ({ page }) => {
        await signIn(page, demo[role].mobile, undefined, pages[0]);
        for (const path of pages) await checkPage(page, { path }, size.phone);
      });
    }
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test("the header folds into 菜单, which shows the account name and 安全退出 on screen", async ({ page }) => {
    await signIn(page, demo.ADMIN.mobile, undefined, "/admin/units");
    await page.screenshot({ path: "tests/.artifacts/screens/a11y-375-admin-units.png", fullPage: true });
    const menu = page.locator("header details");
    await menu.getByText("菜单").click();
    await expect(menu.getByText(demo.ADMIN.name)).toBeVisible();
    const signOutButton = menu.getByRole("button", { name: "安全退出" });
    await expect(signOutButton).toBeVisible();
    const box = await signOutButton.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
    await page.screenshot({ path: "tests/.artifacts/screens/a11y-375-header-menu.png" });
    await signOutButton.click();
    await page.waitForURL(`${E2E.appUrl}/?signedOut=1`);
  });
});
