import { expect, test } from "@playwright/test";
import { demo, signIn, signOut } from "./helpers";

const shot = (name: string) => `tests/.artifacts/screens/${name}.png`;

/*
 * This file runs before committee-flow.spec.ts (specs run one at a time, by name) on purpose: the
 * 2027 arrangement it enters lets that spec publish a 公示 whose five working days reach into 2027
 * (from about 24 December 2026), which the built-in holiday data (chinese-days, up to 2026) cannot
 * count. The year is written out below: from December 2027 the suite needs 2028's arrangement
 * here, or a chinese-days release that knows it.
 */
test("an admin enters a year's 节假日安排; a wrong date is refused at its field, the right one replaces the package", async ({
  page,
}) => {
  await signIn(page, demo.ADMIN.mobile, undefined, "/admin/calendar");
  await expect(page.getByRole("heading", { name: "节假日安排" })).toBeVisible();
  const table = page.getByRole("table", { name: "节假日安排" });
  await expect(table.getByRole("row", { name: /2026/ })).toContainText("内置节假日数据");

  await page.getByRole("button", { name: "录入年度安排" }).click();
  await page.getByLabel("年份").fill("2027");
  await page.getByLabel("节假日（放假日期）").fill("2027-01-01\n2027-01-02\n2027-01-03");
  await page.getByLabel("调休工作日（上班的周六、周日）").fill("2027-01-04");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("2027年1月4日不是周六或周日，无需列为调休工作日", { exact: true })).toBeVisible();
  await page.screenshot({ path: shot("78-admin-calendar-error"), fullPage: true });

  await page.getByLabel("调休工作日（上班的周六、周日）").fill("");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("2027年节假日安排已保存")).toBeVisible();
  await expect(table.getByRole("row", { name: /2027/ })).toContainText("管理员录入");
  await page.screenshot({ path: shot("78-admin-calendar"), fullPage: true });
  await signOut(page);
});
