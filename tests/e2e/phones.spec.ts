import { expect, type Locator, type Page, test } from "@playwright/test";
import { entryData } from "../fixtures/application-form-data";
import { pageWidths } from "./a11y";
import { completeAndSubmit, trpc } from "./api-helpers";
import { navigator, newcomerWithApplication } from "./form-helpers";
import { demo, signIn, signOut } from "./helpers";

/**
 * On a phone (375 × 812) lists are cards that name each value, with their buttons on screen, and the
 * side navigators fold into a compact selector: a newcomer's 我的申报, an entry table, 绑定记录 and
 * the module navigator; the unit's 申报审核 queue and its filters; the admin's 审计日志 with its filters,
 * and the section navigator.
 * Signing in and out happens at the desktop width (the header's own phone menu has its own test).
 */
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 720 };
const shot = (name: string) => `tests/.artifacts/screens/phone-${name}.png`;

/** The page does not scroll sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const { scroll, client } = await pageWidths(page);
  expect(scroll, "page width").toBeLessThanOrEqual(client);
}

/** Visible and wholly inside the phone's width. */
async function expectOnScreen(target: Locator) {
  await expect(target).toBeVisible();
  const box = await target.boundingBox();
  expect(box, "bounding box").not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
}

/** The phone's toggle of a list's filters, named 筛选条件 with how many are applied. */
const filterToggle = (page: Page) => page.getByRole("button", { name: /^筛选条件/ });

/** A card's line: the column's name shown before its value, on the same line. */
async function expectLabelled(card: Locator, label: string, value: string | RegExp) {
  const cell = card.getByRole("cell").filter({ has: card.page().getByText(label, { exact: true }) });
  await expect(cell.getByText(label, { exact: true })).toBeVisible();
  await expect(cell).toContainText(value);
  const name = await cell.getByText(label, { exact: true }).boundingBox();
  const whole = await cell.boundingBox();
  // The name sits on the cell's first line, to the left of the value rather than above it.
  expect(name!.y - whole!.y).toBeLessThan(12);
  expect(name!.x + name!.width).toBeLessThan(whole!.x + whole!.width / 2);
}

test("on a phone lists are labelled cards with their buttons on screen, and navigators fold into a selector", async ({
  page,
}) => {
  test.setTimeout(360_000);
  const name = `林手机${String(Date.now() % 100).padStart(2, "0")}`;
  const { formUrl } = await newcomerWithApplication(page, name, "19880215");
  const applicationId = formUrl.split("/").pop() ?? "";
  await trpc(page, "applicationForm.addEntry", { applicationId, module: "education", data: entryData.education });
  await page.setViewportSize(PHONE);

  // 信息填报: the module navigator is one line saying where you are; opened, picking a module switches to it.
  await page.goto(`${formUrl}?m=basicInfo`);
  const selector = page.locator("details").filter({ has: page.locator("summary", { hasText: "申报模块：" }) });
  const summary = selector.locator("summary");
  await expect(summary).toContainText(/申报模块：基本信息（共完成 \d+\/\d+ 项）/);
  await expect(navigator(page)).toBeHidden();
  const summaryBox = await summary.boundingBox();
  expect(summaryBox!.height).toBeLessThan(80);
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: shot("form-basic-info") });
  await summary.click();
  await expect(navigator(page)).toBeVisible();
  await page.screenshot({ path: shot("module-selector-open") });
  await navigator(page).getByRole("link", { name: "教育经历", exact: true }).click();
  await expect(page).toHaveURL(/\?m=education$/);
  await expect(summary).toContainText("申报模块：教育经历");
  await expect(navigator(page)).toBeHidden();

  // The entry table: one card per entry, its fields named, 编辑 and 删除 on screen.
  const education = page.getByRole("table", { name: /教育经历/ });
  const entry = education.getByRole("row").filter({ hasText: entryData.education.school });
  await expectLabelled(entry, "所学专业", entryData.education.major);
  await expectOnScreen(entry.getByRole("button", { name: /^编辑/ }));
  await expectOnScreen(entry.getByRole("button", { name: /^删除/ }));
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: shot("entry-table"), fullPage: true });

  // 我的申报 in the hall: the card names 推荐单位 and 状态, and its way back into the form is on screen.
  await page.goto("/hall");
  const mine = page.getByRole("table", { name: "我的申报" }).getByRole("row").filter({ hasText: "2026年度工程系列" });
  await expectLabelled(mine, "状态", "草稿");
  await expectLabelled(mine, "推荐单位", /\S/);
  await expectOnScreen(mine.getByRole("link").first());
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: shot("my-applications"), fullPage: true });

  // 绑定记录: the approved binding as a card with its 绑定状态 and dates named.
  await page.goto("/hall/binding");
  const bindings = page.getByRole("table", { name: "绑定记录" }).getByRole("row").filter({ hasText: "已绑定" });
  await expectLabelled(bindings, "绑定状态", "已绑定");
  await expectLabelled(bindings, "申请时间", /\d{4}年\d{1,2}月/);
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: shot("binding-history"), fullPage: true });

  // Submitted, the application reaches the unit's 申报审核 queue: a card per applicant, 审核 on screen.
  await completeAndSubmit(page, applicationId, name, "1988-02-15", "INTERMEDIATE");
  await page.setViewportSize(DESKTOP);
  await page.goto("/hall");
  await signOut(page);
  await signIn(page, demo.UNIT_REVIEWER.mobile, undefined, "/unit");
  await page.setViewportSize(PHONE);
  const queued = page
    .getByRole("table", { name: /^申报审核：/ })
    .getByRole("row")
    .filter({ hasText: name });
  await expectLabelled(queued, "身份证号", /2201\*+/);
  await expectLabelled(queued, "申报通知", /2026年度工程系列/);
  await expectOnScreen(queued.getByRole("link", { name: "审核" }));
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: shot("unit-queue"), fullPage: true });
  // The seven filters fold behind 筛选条件 on a phone, and open in place.
  const filters = page.getByRole("form", { name: "筛选" });
  await expect(filters).toBeHidden();
  await page.getByRole("button", { name: "筛选条件" }).click();
  await expect(filters.getByLabel("申报级别")).toBeVisible();
  await expectNoSidewaysScroll(page);
  // The toggle counts the filters the queue is filtered by: one chosen counts only once 查询 applies it.
  await filters.getByLabel("申报级别").selectOption({ label: "中级" });
  await expect(filterToggle(page)).toHaveAccessibleName("筛选条件");
  await filters.getByRole("button", { name: "查询" }).click();
  await expect(filterToggle(page)).toHaveAccessibleName("筛选条件（已设 1 项）");
  await expect(queued).toBeVisible();

  // The review page puts 审核操作 after the whole application on a phone: 前往审核操作 goes there.
  await queued.getByRole("link", { name: "审核" }).click();
  await page.waitForURL("**/unit/applications/**");
  await expect(page.getByRole("heading", { name: "审核操作" })).not.toBeInViewport();
  await page.getByRole("link", { name: "前往审核操作" }).click();
  await expect(page.getByRole("heading", { name: "审核操作" })).toBeInViewport();
  await expectOnScreen(page.getByRole("button", { name: "通过", exact: true }));

  // The admin's 审计日志: each record a card naming 时间, 操作人, 操作; the section navigator folds.
  await page.setViewportSize(DESKTOP);
  await signOut(page);
  await signIn(page, demo.ADMIN.mobile, undefined, "/admin/audit");
  await page.setViewportSize(PHONE);
  const record = page.getByRole("table", { name: "审计日志" }).getByRole("row").nth(1);
  await expectLabelled(record, "操作人", /\S/);
  await expectLabelled(record, "时间", /\d{4}年\d{1,2}月/);
  await expectNoSidewaysScroll(page);
  // Its four filters fold behind 筛选条件 too: the first record shows in the first screen.
  const auditFilters = page.getByRole("form", { name: "筛选审计日志" });
  await expect(auditFilters).toBeHidden();
  await expect(filterToggle(page)).toHaveAccessibleName("筛选条件");
  await expect(filterToggle(page)).toHaveAttribute("aria-expanded", "false");
  await expect(page.locator(`#${await filterToggle(page).getAttribute("aria-controls")}`)).toContainText("操作类型", {
    useInnerText: false,
  });
  await expect(record).toBeInViewport();
  await page.screenshot({ path: shot("admin-audit-folded") });
  await record.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot("admin-audit") });

  // Opened, the filters show in place; one applied is counted, kept in the address, and counted after a reload.
  await page.evaluate(() => window.scrollTo(0, 0));
  await filterToggle(page).click();
  await expect(filterToggle(page)).toHaveAttribute("aria-expanded", "true");
  await expectOnScreen(auditFilters.getByLabel("操作类型"));
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: shot("admin-audit-filters-open") });
  await auditFilters.getByLabel("操作类型").selectOption({ label: "单位通过绑定" });
  await auditFilters.getByRole("button", { name: "查询" }).click();
  await expect(filterToggle(page)).toHaveAccessibleName("筛选条件（已设 1 项）");
  await expect(page).toHaveURL(/\/admin\/audit\?action=binding\.approve$/);
  const approvals = page.getByRole("table", { name: "审计日志" }).getByRole("row");
  await expectLabelled(approvals.nth(1), "操作类型", "单位通过绑定");
  await expect(approvals.filter({ hasNotText: "单位通过绑定" })).toHaveCount(1); // the header row
  // Chosen but not applied, a second filter is not counted.
  await auditFilters.getByLabel("对象类型").selectOption({ index: 1 });
  await expect(filterToggle(page)).toHaveAccessibleName("筛选条件（已设 1 项）");
  await page.reload();
  await expect(filterToggle(page)).toHaveAccessibleName("筛选条件（已设 1 项）");
  await expect(auditFilters).toBeHidden();
  await expectLabelled(approvals.nth(1), "操作类型", "单位通过绑定");
  // From md up there is no toggle: the filters stand above the list, the applied one chosen.
  await page.setViewportSize(DESKTOP);
  await expect(filterToggle(page)).toBeHidden();
  await expect(auditFilters.getByLabel("操作类型")).toBeVisible();
  await expect(auditFilters.getByLabel("操作类型")).toHaveValue("binding.approve");
  await page.setViewportSize(PHONE);

  const adminSummary = page.locator("summary", { hasText: "管理后台：" });
  await expect(adminSummary).toHaveText(/管理后台：审计日志/);
  await expect(page.getByRole("navigation", { name: "管理后台导航" })).toBeHidden();
  await adminSummary.click();
  const adminNav = page.getByRole("navigation", { name: "管理后台导航" });
  await expectOnScreen(adminNav.getByRole("link", { name: "单位管理" }));
  await page.screenshot({ path: shot("admin-selector-open") });
  await adminNav.getByRole("link", { name: "单位管理" }).click();
  await page.waitForURL("**/admin/units");
  await expect(page.locator("summary", { hasText: "管理后台：" })).toHaveText(/管理后台：单位管理/);
  await expect(page.getByRole("navigation", { name: "管理后台导航" })).toBeHidden();
  const unit = page.getByRole("table", { name: /单位/ }).getByRole("row").nth(1);
  await expectOnScreen(unit.getByRole("button", { name: /^编辑/ }));
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: shot("admin-units"), fullPage: true });

  // The other admin lists fit the phone's width too.
  for (const section of ["notices", "roles", "committees", "departments", "experts", "certificates", "calendar"]) {
    await page.goto(`/admin/${section}`);
    const list = page.getByRole("table").first();
    await expect(list).toBeVisible();
    await expect(list.getByText(/加载中/)).toHaveCount(0);
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: shot(`admin-${section}`), fullPage: true });
  }
});
