import { expect, test } from "@playwright/test";
import { demo, openRolesOf, signIn, signOut } from "./helpers";

const shot = (name: string) => `tests/.artifacts/screens/${name}.png`;

function shanghaiInput(offsetDays: number): string {
  return new Date(Date.now() + 8 * 3600_000 + offsetDays * 86400_000).toISOString().slice(0, 16);
}

test("an admin drafts and publishes a notice, and applicants see it in the hall", async ({ page }) => {
  const title = `2026年度卫生系列职称评审申报通知（测试${Date.now() % 100000}）`;
  await signIn(page, demo.ADMIN.mobile, undefined, "/admin");
  await expect(page.getByRole("heading", { name: "管理后台" }).first()).toBeVisible();
  await page.screenshot({ path: shot("10-admin-home"), fullPage: true });

  await page.getByRole("link", { name: "申报通知" }).first().click();
  await page.getByRole("button", { name: "新建通知" }).click();
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.locator("#notice-title-error")).toBeVisible();

  await page.getByLabel("通知标题").fill(title);
  await page.getByLabel("职称系列").selectOption({ label: "工程" });
  await page.getByLabel("正高级").check();
  await page.getByLabel("评委会").selectOption({ label: "吉林省工程系列高级职称评审委员会" });
  await page.getByLabel("主管部门").selectOption({ label: "吉林省工业和信息化厅" });
  await page.getByLabel("申报开始时间").fill(shanghaiInput(-1));
  await page.getByLabel("申报截止时间").fill(shanghaiInput(-2));
  await page.getByLabel("申报注意事项").fill("一、申报条件：……\n二、注意事项：材料须真实。");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.locator("#notice-ends-at-error")).toContainText("截止");
  await page.screenshot({ path: shot("11-notice-form-error"), fullPage: true });

  await page.getByLabel("申报截止时间").fill(shanghaiInput(30));
  await page.getByRole("button", { name: "保存" }).click();
  const row = page.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("未发布");
  await row.getByRole("button", { name: "发布" }).click();
  await expect(row).toContainText("已发布");
  await page.screenshot({ path: shot("12-notice-published"), fullPage: true });

  await page.getByRole("link", { name: "审计日志" }).first().click();
  await page.waitForURL("**/admin/audit");
  await expect(page.getByRole("row").filter({ hasText: title }).first()).toBeVisible();
  // In the words of the screens: the action's label, never its code, key or enum name.
  await expect(page.getByRole("row").filter({ hasText: title }).filter({ hasText: "发布申报通知" })).toHaveCount(1);
  const auditText = (await page.getByRole("table").textContent()) ?? "";
  expect(auditText).not.toMatch(/\b(application|notice|binding|meeting|user|unit|role|expert|objection)\.[a-zA-Z]/);
  expect(auditText).not.toMatch(/\b[A-Z]{2,}_[A-Z_]+\b|\b(DRAFT|PUBLISHED|ENGINEERING|JUNIOR)\b/);
  // The filter offers every action by its label, the committee's and the applicant's included.
  for (const label of ["上传附件", "抽取评审专家", "提出公示异议", "终审通过"])
    await expect(page.getByLabel("操作类型").locator("option", { hasText: label })).toHaveCount(1);
  await page.screenshot({ path: shot("13-audit"), fullPage: true });

  await signOut(page);
  await signIn(page, demo.APPLICANT.mobile);
  await expect(page.getByText(title)).toBeVisible();
});

test("a non-admin gets 403 on admin pages and FORBIDDEN from admin procedures", async ({ page }) => {
  await signIn(page, demo.UNIT_REVIEWER.mobile);
  for (const path of ["/admin", "/admin/units", "/admin/notices", "/admin/roles", "/admin/audit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
  }
  for (const procedure of [
    "admin.overview",
    "admin.units.list",
    "admin.notices.list",
    "admin.audit.list",
    "admin.roles.searchPeople",
  ]) {
    const res = await page.request.get(
      `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`,
    );
    expect(res.status(), procedure).toBe(403);
    const body = (await res.json()) as { error: { json: { data: { code: string } } } };
    expect(body.error.json.data.code).toBe("FORBIDDEN");
  }
  const publish = await page.request.post("/api/trpc/admin.notices.publish", {
    data: { json: { id: "00000000-0000-0000-0000-000000000000" } },
  });
  expect(publish.status()).toBe(403);
});

test("an admin registers a unit and makes a committee member its reviewer too, who then sees the unit workspace", async ({
  page,
}) => {
  const unitName = `长春光电测试有限公司${Date.now() % 100000}`;
  await signIn(page, demo.ADMIN.mobile, undefined, "/admin/units");
  await page.getByRole("button", { name: "新增单位" }).click();
  await page.getByLabel("单位名称").fill(unitName);
  await page.getByLabel("统一社会信用代码").fill("91350100M000100Y44");
  await page.getByLabel("主管部门").selectOption({ label: "吉林省工业和信息化厅" });
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("统一社会信用代码校验位不正确，请核对", { exact: true })).toBeVisible();
  await page.getByLabel("统一社会信用代码").fill("91350100m000100y43");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("row").filter({ hasText: unitName })).toContainText("91350100M000100Y43");
  await page.screenshot({ path: shot("14-units"), fullPage: true });

  await page.getByRole("link", { name: "角色管理" }).first().click();
  await page.waitForURL("**/admin/roles");
  const search = page.getByPlaceholder("姓名、手机号或完整身份证号");
  // A right-to-left override is refused under the box, as the server would refuse it.
  await search.fill(`\u202e${demo.COMMITTEE_MEMBER.name}`);
  await search.press("Enter");
  await expect(page.getByText("含有不允许的控制字符，请删除后重新输入")).toBeVisible();
  await expect(search).toHaveAttribute("aria-invalid", "true");
  await page.screenshot({ path: shot("15a-search-refused"), fullPage: true });
  await openRolesOf(page, demo.COMMITTEE_MEMBER.name);
  await page.getByRole("combobox", { name: /^角色/ }).selectOption({ label: "推荐单位审核人" });
  await page.getByPlaceholder("输入单位名称或信用代码筛选").fill(unitName);
  await page.getByRole("combobox", { name: /^推荐单位/ }).selectOption({ label: `${unitName}（91350100M000100Y43）` });
  await page.getByRole("button", { name: "授予角色" }).click();
  await expect(page.getByText(`已授予${demo.COMMITTEE_MEMBER.name}「推荐单位审核人」角色`)).toBeVisible();
  await page.screenshot({ path: shot("15-roles"), fullPage: true });

  await signOut(page);
  await signIn(page, demo.COMMITTEE_MEMBER.mobile, undefined, "/unit");
  await expect(page.getByRole("heading", { name: unitName })).toBeVisible();
});
