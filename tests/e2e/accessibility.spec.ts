import { expect, type Page, test } from "@playwright/test";
import { desktop, expectAccessible, phone } from "./a11y";
import { E2E } from "./config";
import { demo, signIn } from "./helpers";

/**
 * Every main page of every role, at a desktop width and a phone width: axe-core finds no serious or
 * critical WCAG 2 A/AA violation, and on a phone the page never scrolls sideways and every visible
 * action in <main> sits inside the screen.
 */

const widths = [
  { name: "1280 px", ...desktop },
  { name: "375 px", ...phone },
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

async function checkPage(page: Page, visit: Visit): Promise<void> {
  await page.goto(visit.path);
  if (visit.lands) await page.waitForURL(visit.lands);
  await page.waitForLoadState("networkidle");
  await expectAccessible(page, visit.path);
}

for (const size of widths) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test("the public pages and the sign-in page have no serious accessibility violation", async ({ page }) => {
      for (const visit of anonymousPages) await checkPage(page, visit);
    });

    for (const { role, pages } of rolePages) {
      test(`every page of ${role} has no serious accessibility violation`, async ({ page }) => {
        await signIn(page, demo[role].mobile, undefined, pages[0]);
        for (const path of pages) await checkPage(page, { path });
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
