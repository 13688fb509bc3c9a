import { expect, type Locator, type Page, test } from "@playwright/test";
import { roleMessages } from "../../src/lib/admin/roles/messages";
import { bindingMessages } from "../../src/lib/binding/messages";
import { reviewActionMessages } from "../../src/lib/review/review-actions";
import { organisationScopes } from "../../src/lib/roles/role-scopes";
import { mobileMessage } from "../../src/lib/validation/mobile";
import { issnIsbnMessages } from "../../src/lib/validation/publication-numbers";
import { expectAccessible } from "./a11y";
import { completeAndSubmit } from "./api-helpers";
import { byLabel, navigator, newcomerAskingToBind, newcomerWithApplication, pick, saveSection } from "./form-helpers";
import { demo, openRolesOf, signIn, signOut } from "./helpers";

/**
 * A failed save says what is wrong at the top of the form, as GOV.UK's error summary does: a
 * heading with the count, one link per field error in the fields' order, focus on the summary, and
 * each link takes focus to its field. The messages under the fields stay.
 */

const shot = (name: string) => `tests/.artifacts/screens/${name}.png`;

const summaryOf = (scope: Page | Locator) => scope.getByRole("alert", { name: /未成功，请修改以下 \d+ 处：$/ });

async function openModule(page: Page, label: string) {
  await navigator(page).getByRole("link", { name: label, exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${label}`) })).toBeVisible();
}

/**
 * Starts recording what takes focus from now on; the function returned reads it, buttons left out
 * (the click on 保存 focuses its button). A failed save must focus the summary and nothing else:
 * react-hook-form focusing the first invalid field as well would fight it.
 */
async function focusTrail(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { focusTrail?: string[] };
    if (!w.focusTrail)
      document.addEventListener("focusin", (event) => {
        const element = event.target as HTMLElement;
        w.focusTrail?.push(element.hasAttribute("data-error-summary") ? "summary" : element.id || element.tagName);
      });
    w.focusTrail = [];
  });
  return () =>
    page.evaluate(() => (window as unknown as { focusTrail: string[] }).focusTrail.filter((t) => t !== "BUTTON"));
}

/** The summary at a desktop and a phone width. */
async function screenshots(page: Page, name: string) {
  for (const [width, height] of [
    [1280, 900],
    [375, 812],
  ]) {
    await page.setViewportSize({ width, height });
    await summaryOf(page).scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot(`error-summary-${name}-${width}`) });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a failed 基本信息 save lists its errors at the top, takes focus, and links to each field", async ({ page }) => {
  test.setTimeout(120_000);
  await newcomerWithApplication(page, "汇总甲");
  await openModule(page, "基本信息");

  // Everything filled in but 姓名, which is emptied, and a 手机号 one digit short.
  await pick(page, "民族", "汉", "汉族");
  await pick(page, "政治面貌", "群众", "群众");
  await byLabel(page, "现工作岗位").fill("电气技术员");
  await byLabel(page, "参加工作时间").fill("2008-07-01");
  await byLabel(page, "从事专业").fill("电气工程");
  await byLabel(page, "申报职称").fill("高级工程师");
  await byLabel(page, "申报级别").selectOption({ label: "副高级" });
  await byLabel(page, "姓名").fill("");
  await byLabel(page, "手机号").fill("1390000000");
  await page.getByRole("button", { name: "保存", exact: true }).click();

  const summary = summaryOf(page);
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("heading")).toHaveText("保存未成功，请修改以下 2 处：");
  await expect(summary.getByRole("link")).toHaveText(["姓名：请填写姓名", `手机号：${mobileMessage}`]);
  // The messages under the fields stay, tied to their controls.
  await expect(byLabel(page, "手机号")).toHaveAccessibleDescription(mobileMessage);
  await expect(byLabel(page, "姓名")).toHaveAttribute("aria-invalid", "true");

  await summary.getByRole("link", { name: /^手机号：/ }).click();
  await expect(byLabel(page, "手机号")).toBeFocused();
  await summary.getByRole("link", { name: /^姓名：/ }).click();
  await expect(byLabel(page, "姓名")).toBeFocused();

  await expectAccessible(page, "基本信息-错误汇总");
  await screenshots(page, "basic-info");

  // Fixing one and saving again: the summary lists what is left, and takes focus again.
  await byLabel(page, "姓名").fill("汇总甲");
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(summary.getByRole("link")).toHaveText([`手机号：${mobileMessage}`]);
  await expect(summary.getByRole("heading")).toHaveText("保存未成功，请修改以下 1 处：");
  await expect(summary).toBeFocused();

  await byLabel(page, "手机号").fill("13900000000");
  await saveSection(page);
  await expect(summary).toHaveCount(0);
});

test("a failed 论文著作 save lists its errors, and so does the server's refusal of a second 代表性论文", async ({
  page,
  context,
}) => {
  test.setTimeout(150_000);
  const { formUrl } = await newcomerWithApplication(page, "汇总乙");
  await openModule(page, "论文著作");
  await page.getByRole("button", { name: "添加", exact: true }).click();
  const form = page.getByRole("form", { name: /^添加/ });

  // 论文著作名称 left empty, an ISSN with a wrong check digit; the radio question left at 否.
  await byLabel(form, "期刊/出版社名称").fill("电力系统自动化");
  await byLabel(form, "出版日期").fill("2020-05-01");
  await byLabel(form, "ISSN/ISBN").fill("1000-1027");
  await byLabel(form, "作者排名").fill("1");
  await form.getByRole("button", { name: "保存", exact: true }).click();

  const summary = summaryOf(form);
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText([
    "论文著作名称：请填写论文著作名称",
    `ISSN/ISBN：${issnIsbnMessages.checkDigit}`,
  ]);
  await summary.getByRole("link", { name: /^ISSN\/ISBN：/ }).click();
  await expect(byLabel(form, "ISSN/ISBN")).toBeFocused();
  await summary.getByRole("link", { name: /^论文著作名称：/ }).click();
  await expect(byLabel(form, "论文著作名称")).toBeFocused();

  await expectAccessible(page, "论文著作-错误汇总");
  await screenshots(page, "entry");

  // Meanwhile another tab saves a 代表性论文: this form still offers the mark, the server refuses it.
  const other = await context.newPage();
  await other.goto(`${formUrl}?m=papers`);
  await other.getByRole("button", { name: "添加", exact: true }).click();
  const otherForm = other.getByRole("form", { name: /^添加/ });
  await byLabel(otherForm, "论文著作名称").fill("配电网故障定位方法研究");
  await byLabel(otherForm, "期刊/出版社名称").fill("电力系统自动化");
  await byLabel(otherForm, "出版日期").fill("2020-05-01");
  await byLabel(otherForm, "作者排名").fill("1");
  await otherForm
    .getByRole("group", { name: /^是否为代表性论文著作/ })
    .getByLabel("是", { exact: true })
    .check();
  await otherForm.getByRole("button", { name: "保存", exact: true }).click();
  await expect(otherForm).toBeHidden();
  await other.close();

  await byLabel(form, "论文著作名称").fill("变电站状态检修策略");
  await byLabel(form, "ISSN/ISBN").fill("1000-1026");
  const question = form.getByRole("group", { name: /^是否为代表性论文著作/ });
  await question.getByLabel("是", { exact: true }).check();
  await form.getByRole("button", { name: "保存", exact: true }).click();
  await expect(summary.getByRole("link")).toHaveText([/^是否为代表性论文著作：每类只能有一条参评项/]);
  await expect(summary).toBeFocused();
  await summary.getByRole("link").click();
  await expect(question.getByLabel("是", { exact: true })).toBeFocused();
  await screenshots(page, "entry-server");

  await question.getByLabel("否", { exact: true }).check();
  await form.getByRole("button", { name: "保存", exact: true }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole("table", { name: "论文著作列表" })).toContainText("变电站状态检修策略");
});

test("an admin form and the certificate lookup list their errors the same way", async ({ page }) => {
  await signIn(page, demo.ADMIN.mobile, undefined, "/admin/units");
  await page.getByRole("button", { name: "新增单位" }).click();
  const form = page.getByRole("form", { name: "新增推荐单位" });
  await form.getByLabel("统一社会信用代码").fill("91350100M000100Y44");
  await form.getByRole("button", { name: "保存" }).click();
  const summary = summaryOf(form);
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText([
    /^单位名称：/,
    "统一社会信用代码：统一社会信用代码校验位不正确，请核对",
    /^主管部门：/,
  ]);
  await summary.getByRole("link", { name: /^主管部门：/ }).click();
  await expect(form.getByLabel("主管部门")).toBeFocused();
  await form.getByRole("button", { name: "取消" }).click();

  await page.goto("/certificates");
  await page.getByRole("button", { name: "查询" }).click();
  const lookup = summaryOf(page);
  await expect(lookup).toBeFocused();
  await expect(lookup.getByRole("heading")).toHaveText("查询未成功，请修改以下 3 处：");
  await expect(lookup.getByRole("link")).toHaveText([
    "证书编号：请输入证书编号",
    "持证人姓名：请输入持证人姓名",
    "图形验证码：请输入图形验证码",
  ]);
  await lookup.getByRole("link", { name: /^持证人姓名：/ }).click();
  await expect(page.getByLabel("持证人姓名")).toBeFocused();
  await expectAccessible(page, "证书查询-错误汇总");
});

test("a review dialog lists its errors at its top and keeps focus inside: 退回修改, then 终止审核", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const name = "汇总审";
  const { formUrl } = await newcomerWithApplication(page, name, "19890703");
  const applicationId = formUrl.split("/").pop()!;
  await completeAndSubmit(page, applicationId, name, "1989-07-03", "INTERMEDIATE");
  await signOut(page);
  await signIn(page, demo.UNIT_REVIEWER.mobile, undefined, "/unit");
  await page.goto(`/unit/applications/${applicationId}`);

  await page.getByRole("button", { name: "退回", exact: true }).click();
  const back = page.getByRole("dialog", { name: "退回修改" });
  const trail = await focusTrail(page);
  await back.getByRole("button", { name: "确定退回" }).click();
  const summary = summaryOf(back);
  await expect(summary).toBeFocused();
  expect(await trail()).toEqual(["summary"]);
  await expect(summary.getByRole("heading")).toHaveText("提交审核意见未成功，请修改以下 2 处：");
  await expect(summary.getByRole("link")).toHaveText([
    `退回意见：${reviewActionMessages.opinionRequired}`,
    `退回修改的模块：${reviewActionMessages.modulesRequired}`,
  ]);
  // The dialog's focus trap lets the keyboard go from the summary to its links.
  await page.keyboard.press("Tab");
  await expect(summary.getByRole("link").first()).toBeFocused();
  await summary.getByRole("link", { name: /^退回修改的模块：/ }).click();
  await expect(
    back
      .getByRole("group", { name: /^退回修改的模块/ })
      .getByRole("checkbox")
      .first(),
  ).toBeFocused();
  await summary.getByRole("link", { name: /^退回意见：/ }).click();
  await expect(back.getByLabel(/^退回意见/)).toBeFocused();
  await expect(back.getByLabel(/^退回意见/)).toHaveAttribute("aria-invalid", "true");

  await expectAccessible(page, "退回修改对话框-错误汇总");
  await screenshots(page, "review-return");

  // The opinion written, no module chosen: one line left, and the summary takes focus again.
  await back.getByLabel(/^退回意见/).fill("请补充论文著作的证明材料。");
  await back.getByRole("button", { name: "确定退回" }).click();
  await expect(summary.getByRole("link")).toHaveText([`退回修改的模块：${reviewActionMessages.modulesRequired}`]);
  await expect(summary).toBeFocused();
  await back.getByRole("button", { name: "取消" }).click();
  await expect(back).toBeHidden();

  // 终止审核 the same way; ended with a reason, the application leaves the unit's queue.
  await page.getByRole("button", { name: "终止审核", exact: true }).click();
  const terminate = page.getByRole("dialog", { name: "终止审核" });
  await terminate.getByRole("button", { name: "确定终止审核" }).click();
  const reasonSummary = summaryOf(terminate);
  await expect(reasonSummary).toBeFocused();
  await expect(reasonSummary.getByRole("link")).toHaveText([`终止审核理由：${reviewActionMessages.reasonRequired}`]);
  await reasonSummary.getByRole("link").click();
  await expect(terminate.getByLabel(/^终止审核理由/)).toBeFocused();
  await terminate.getByLabel(/^终止审核理由/).fill("申报人不具备申报资格。");
  await terminate.getByRole("button", { name: "确定终止审核" }).click();
  await expect(page.getByText(`已终止审核「${name}」的申报`)).toBeVisible();
});

test("驳回 of a binding request without a good reason lists it at the top of the form", async ({ page }) => {
  test.setTimeout(120_000);
  const name = "汇总驳";
  await newcomerAskingToBind(page, name, "19910214");
  await signIn(page, demo.UNIT_REVIEWER.mobile, undefined, "/unit");
  const row = page.getByRole("table", { name: "绑定申请列表" }).getByRole("row", { name: new RegExp(name) });
  await row.getByRole("button", { name: `驳回：${name}` }).click();
  const form = page.getByRole("form", { name: `驳回「${name}」的绑定申请` });
  const reason = byLabel(form, "驳回理由");
  await expect(reason).toBeFocused();

  const trail = await focusTrail(page);
  await form.getByRole("button", { name: "确认驳回" }).click();
  const summary = summaryOf(form);
  await expect(summary).toBeFocused();
  expect(await trail()).toEqual(["summary"]);
  await expect(summary.getByRole("heading")).toHaveText("驳回未成功，请修改以下 1 处：");
  await expect(summary.getByRole("link")).toHaveText([`驳回理由：${bindingMessages.rejectReasonRequired}`]);
  await summary.getByRole("link").click();
  await expect(reason).toBeFocused();
  await expectAccessible(page, "驳回绑定申请-错误汇总");

  await reason.fill("无");
  await form.getByRole("button", { name: "确认驳回" }).click();
  await expect(summary.getByRole("link")).toHaveText([`驳回理由：${bindingMessages.rejectReasonTooShort}`]);
  await expect(summary).toBeFocused();

  await reason.fill("请先在本单位完成入职登记");
  await form.getByRole("button", { name: "确认驳回" }).click();
  await expect(page.getByText(`已驳回「${name}」的绑定申请`)).toBeVisible();
});

test("授予角色 without a role, then without its organisation, lists what is missing", async ({ page }) => {
  await signIn(page, demo.ADMIN.mobile, undefined, "/admin/roles");
  await openRolesOf(page, demo.COMMITTEE_MEMBER.name);
  const form = page.getByRole("form", { name: "授予新角色" });

  const trail = await focusTrail(page);
  await form.getByRole("button", { name: "授予角色" }).click();
  const summary = summaryOf(form);
  await expect(summary).toBeFocused();
  expect(await trail()).toEqual(["summary"]);
  await expect(summary.getByRole("link")).toHaveText([`角色：${roleMessages.roleRequired}`]);
  await summary.getByRole("link").click();
  await expect(form.getByRole("combobox", { name: /^角色/ })).toBeFocused();

  await form.getByRole("combobox", { name: /^角色/ }).selectOption({ label: "推荐单位审核人" });
  await form.getByRole("button", { name: "授予角色" }).click();
  await expect(summary.getByRole("link")).toHaveText([`推荐单位：${organisationScopes.unitId.required}`]);
  await expect(summary).toBeFocused();
  await summary.getByRole("link").click();
  await expect(form.getByRole("combobox", { name: /^推荐单位/ })).toBeFocused();
  await expectAccessible(page, "授予角色-错误汇总");
});
