import { expect, test } from "@playwright/test";
import { demoUnits } from "../../prisma/demo-data";
import { atBothWidths } from "./a11y";
import { byLabel, navigator, startApplicationAsNewcomer } from "./form-helpers";
import { demo, signIn, signOut } from "./helpers";

const shot = (name: string) => `tests/.artifacts/screens/${name}.png`;
const demoNotice = "关于开展2026年度工程系列职称评审申报工作的通知";
const [reviewedUnit, ...unitsWithoutReviewer] = demoUnits;

test("an applicant who knows only the unit's name finds its code on the binding page; a unit without a reviewer says so instead of offering 绑定", async ({
  page,
}) => {
  await signIn(page, demo.APPLICANT.mobile, undefined, "/hall/binding");
  await page.getByText("不知道统一社会信用代码？").click();
  const help = page.getByTestId("credit-code-help");
  await expect(help).toContainText("营业执照");
  await expect(help).toContainText("事业单位法人证书");

  // Only the whole registered name finds a unit: a part of it finds nothing.
  const unit = unitsWithoutReviewer[unitsWithoutReviewer.length - 1];
  const name = byLabel(page, "单位全称");
  await name.fill(unit.name.slice(0, 5));
  await page.getByRole("button", { name: "按名称查询" }).click();
  await expect(page.locator("#binding-unit-name-error")).toContainText("未找到名称完全一致的登记单位");
  await name.fill(unit.name);
  await page.getByRole("button", { name: "按名称查询" }).click();
  const found = page.getByRole("list", { name: "名称完全一致的登记单位" });
  await expect(found).toContainText(unit.creditCode);

  // The code goes into the ordinary 查询; this unit has no 推荐单位审核人, so 绑定 is not offered.
  await found.getByRole("button", { name: `用此代码查询：${unit.name}` }).click();
  await expect(byLabel(page, "统一社会信用代码")).toHaveValue(unit.creditCode);
  const card = page.getByTestId("found-unit");
  await expect(card).toContainText(unit.name);
  await expect(card.getByRole("alert")).toContainText("尚未设置推荐单位审核人");
  await expect(card.getByRole("button", { name: "绑定", exact: true })).toHaveCount(0);
  await page.screenshot({ path: shot("26-binding-by-name-no-reviewer"), fullPage: true });
  await atBothWidths(page, "单位绑定-按名称查询");
  await signOut(page);

  // The admin's overview lists the units nobody can bind to yet.
  await signIn(page, demo.ADMIN.mobile, undefined, "/admin");
  const list = page.getByRole("list", { name: "尚未设置推荐单位审核人的单位" });
  for (const u of unitsWithoutReviewer) await expect(list).toContainText(u.name);
  await expect(list).not.toContainText(reviewedUnit.name);
  await list.getByRole("link", { name: `设置审核人：${unitsWithoutReviewer[0].name}` }).click();
  await page.waitForURL("**/admin/roles");
});

test("a notice title in the hall opens the notice with its facts and 申报注意事项", async ({ page }) => {
  await signIn(page, demo.APPLICANT.mobile);
  await page.getByRole("list", { name: "正在受理的申报通知" }).getByRole("link", { name: demoNotice }).click();
  await page.waitForURL("**/hall/notices/**");
  await expect(page.getByRole("heading", { name: demoNotice })).toBeVisible();
  await expect(page.getByText("正在受理申报")).toBeVisible();
  await expect(page.getByRole("heading", { name: "申报注意事项" })).toBeVisible();
  await expect(page.getByRole("link", { name: "去申报" })).toHaveAttribute("href", "/hall/apply");
  await page.screenshot({ path: shot("27-notice-page"), fullPage: true });
  await atBothWidths(page, "申报通知");
});

test("unsaved input is guarded by the app's own dialog: the navigator reads 有未保存的修改, and leaving asks first", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const nativeDialogs: string[] = [];
  page.on("dialog", (dialog) => {
    nativeDialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const formUrl = await startApplicationAsNewcomer(page, "韩未存");
  await page.goto(`${formUrl}?m=basicInfo`);
  const basicInfo = navigator(page)
    .getByRole("listitem")
    .filter({ has: page.locator('[data-module="basicInfo"]') });
  await expect(basicInfo).not.toContainText("有未保存的修改");
  await byLabel(page, "现工作岗位").fill("研发部工程师");
  await expect(basicInfo).toContainText("有未保存的修改");
  const panelHeader = page.locator("header").filter({ has: page.getByRole("heading", { name: /^基本信息/ }) });
  await expect(panelHeader).toContainText("有未保存的修改");
  await expect(navigator(page).getByRole("link", { name: "基本信息" })).toHaveAccessibleDescription(/有未保存的修改/);

  // Switching modules asks in the page's dialog; 继续编辑 keeps what was typed.
  await navigator(page).getByRole("link", { name: "教育经历", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "有未保存的修改" });
  await expect(dialog).toBeVisible();
  await page.screenshot({ path: shot("37-unsaved-dialog"), fullPage: true });
  await atBothWidths(page, "有未保存的修改对话框");
  await dialog.getByRole("button", { name: "继续编辑" }).click();
  await expect(dialog).toBeHidden();
  await expect(byLabel(page, "现工作岗位")).toHaveValue("研发部工程师");
  expect(page.url()).toContain("m=basicInfo");

  // A link to another page of the app asks the same; 放弃修改并离开 follows it.
  await page.getByRole("link", { name: "返回个人网厅" }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "放弃修改并离开" }).click();
  await page.waitForURL(/\/hall$/);
  expect(nativeDialogs).toEqual([]);
});
