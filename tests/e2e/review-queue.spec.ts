import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { atBothWidths } from "./a11y";
import { completeAndSubmit } from "./api-helpers";
import { startApplicationAsNewcomer } from "./form-helpers";
import { demo, signIn, signOut } from "./helpers";

/**
 * 申报审核 in the browser: two newcomers submit (through the same tRPC and upload API the form
 * uses), the demo unit reviewer 李华 finds them in 待审核, narrows the list by filter and search,
 * downloads the Excel export, passes both with 「批量通过」 and sees each row's result; then the
 * demo department reviewer 王芳 finds them in her 待审核.
 */
const shot = (name: string) => `tests/.artifacts/screens/${name}.png`;

const filters = (page: Page) => page.getByRole("form", { name: "筛选" });
const queue = (page: Page) => page.getByRole("table", { name: /^申报审核：/ });
const row = (page: Page, name: string) => queue(page).getByRole("row").filter({ hasText: name });

test("a unit reviewer filters, exports and batch-passes submitted applications; the department then has them", async ({
  page,
}) => {
  test.setTimeout(420_000);
  const stamp = String(Date.now() % 100).padStart(2, "0");
  const people = [
    { name: `周审甲${stamp}`, birthDate: "19860512", level: "SUB_SENIOR" },
    { name: `吴审乙${stamp}`, birthDate: "19870623", level: "INTERMEDIATE" },
  ];
  for (const person of people) {
    const formUrl = await startApplicationAsNewcomer(page, person.name, person.birthDate);
    const applicationId = formUrl.split("/").pop() ?? "";
    const iso = `${person.birthDate.slice(0, 4)}-${person.birthDate.slice(4, 6)}-${person.birthDate.slice(6)}`;
    await completeAndSubmit(page, applicationId, person.name, iso, person.level);
    await signOut(page);
  }
  const [first, second] = people;

  await signIn(page, demo.UNIT_REVIEWER.mobile, undefined, "/unit");
  await expect(page.getByRole("heading", { name: "申报审核" })).toBeVisible();
  await expect(row(page, first.name)).toBeVisible();
  await expect(row(page, second.name)).toBeVisible();
  // Masked: the first four and last four characters of the 身份证号, 138****xxxx.
  await expect(row(page, first.name)).toContainText(/2201\*{10}\w{4}/);
  await expect(row(page, first.name)).toContainText(/138\*{4}8000/);
  await page.screenshot({ path: shot("65-queue-unit-pending"), fullPage: true });
  await atBothWidths(page, "待审核列表-推荐单位");

  // 申报级别 narrows to one of them; the search box by the beginning of the name to the other.
  await filters(page).getByLabel("申报级别").selectOption({ label: "中级" });
  await filters(page).getByRole("button", { name: "查询", exact: true }).click();
  await expect(row(page, second.name)).toBeVisible();
  await expect(row(page, first.name)).toHaveCount(0);
  // The applied filters are kept in the address: a reload shows the same list, filter chosen.
  await expect(page).toHaveURL(/[?&]level=INTERMEDIATE(&|$)/);
  await page.reload();
  await expect(filters(page).getByLabel("申报级别")).toHaveValue("INTERMEDIATE");
  await expect(row(page, second.name)).toBeVisible();
  await expect(row(page, first.name)).toHaveCount(0);
  await filters(page).getByLabel("申报级别").selectOption({ label: "全部" });
  await filters(page).getByLabel("姓名或身份证号").fill(first.name.slice(0, 3));
  await filters(page).getByRole("button", { name: "查询", exact: true }).click();
  await expect(row(page, first.name)).toBeVisible();
  await expect(row(page, second.name)).toHaveCount(0);
  await page.screenshot({ path: shot("65-queue-unit-search"), fullPage: true });

  // 导出Excel downloads an xlsx of the current filter.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "导出Excel" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^申报审核-推荐单位审核-待审核-\d{8}\.xlsx$/);
  const bytes = readFileSync((await download.path()) ?? "");
  expect(bytes.subarray(0, 2).toString()).toBe("PK");

  // 批量通过 of both rows, each with its result.
  await filters(page).getByRole("button", { name: "重置", exact: true }).click();
  await expect(row(page, second.name)).toBeVisible();
  await row(page, first.name).getByRole("checkbox").check();
  await row(page, second.name).getByRole("checkbox").check();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "批量通过", exact: true }).click();
  const result = page.getByTestId("batch-result");
  await expect(result).toContainText("批量通过完成：成功 2 条");
  await expect(result).toContainText(`${first.name}：已通过`);
  await expect(result).toContainText(`${second.name}：已通过`);
  await expect(row(page, first.name)).toHaveCount(0);
  await page.screenshot({ path: shot("65-queue-unit-batch-passed"), fullPage: true });
  await atBothWidths(page, "批量通过结果");
  await page.getByRole("tab", { name: /已审核/ }).click();
  await expect(row(page, first.name)).toContainText("通过");
  await expect(row(page, first.name).getByRole("link", { name: "审核" })).toHaveAttribute(
    "href",
    /^\/unit\/applications\/[0-9a-f-]{36}$/,
  );
  await atBothWidths(page, "已审核列表-推荐单位");

  // The tab and the filters are in the address too: Back from a review page returns to the same list.
  await filters(page).getByLabel("姓名或身份证号").fill(first.name);
  await filters(page).getByRole("button", { name: "查询", exact: true }).click();
  await expect(row(page, second.name)).toHaveCount(0);
  await expect(page).toHaveURL(/[?&]tab=done(&|$)/);
  await row(page, first.name).getByRole("link", { name: "审核" }).click();
  await page.waitForURL(/\/unit\/applications\//);
  await page.goBack();
  await expect(page.getByRole("tab", { name: /已审核/ })).toHaveAttribute("aria-selected", "true");
  await expect(filters(page).getByLabel("姓名或身份证号")).toHaveValue(first.name);
  await expect(row(page, first.name)).toBeVisible();
  await expect(row(page, second.name)).toHaveCount(0);
  await signOut(page);

  await signIn(page, demo.DEPT_REVIEWER.mobile, undefined, "/dept");
  await expect(row(page, first.name)).toBeVisible();
  await expect(row(page, second.name)).toBeVisible();
  await expect(row(page, first.name).getByRole("link", { name: "审核" })).toHaveAttribute(
    "href",
    /^\/dept\/applications\/[0-9a-f-]{36}$/,
  );
  await page.screenshot({ path: shot("65-queue-dept-pending"), fullPage: true });
  await atBothWidths(page, "待审核列表-主管部门");
});
