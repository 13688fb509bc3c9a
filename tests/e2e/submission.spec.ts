import { expect, type Page, test } from "@playwright/test";
import { atBothWidths } from "./a11y";
import {
  byLabel,
  fixtureFiles as files,
  navigator,
  openSubmitPage,
  pick,
  saveSection,
  slotRegion as slot,
  startApplicationAsNewcomer,
  upload,
} from "./form-helpers";

/**
 * The manual's 提交完成 end to end: a fresh applicant opens the 提交 page of an empty draft, follows
 * 数据验证信息 link by link until it reads 「数据验证通过」, previews a 业务表册, ticks 承诺, submits,
 * sees the 流程推送节点, finds 已申报 and 进度跟踪 in 我的申报, and can no longer change anything —
 * neither in the page nor by calling the server directly.
 */
const shot = (name: string) => `tests/.artifacts/screens/${name}.png`;

const validation = (page: Page) => page.getByTestId("validation");
const problem = (page: Page, text: string | RegExp) => validation(page).getByRole("link", { name: text });

test("a fresh applicant fixes every problem 数据验证信息 lists, submits, and follows the progress", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const formUrl = await startApplicationAsNewcomer(page, "孙立提", "19850304");

  // 下一步 after the last module leads to the 提交 page; an empty draft lists what is missing.
  await page.goto(`${formUrl}?m=punishments`);
  await page.getByRole("button", { name: "下一步", exact: true }).click();
  await expect(page).toHaveURL(/[?&]m=submit/);
  for (const heading of ["数据验证信息", "材料附件信息", "业务表册信息", "承诺"]) {
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${heading}`) })).toBeVisible();
  }
  await expect(problem(page, "请填写并保存「基本信息」")).toBeVisible();
  await expect(problem(page, "请上传单位公示表")).toBeVisible();
  const submit = page.getByRole("button", { name: "提交", exact: true });
  await expect(submit).toBeDisabled();
  await page.getByLabel("本人承诺，申报所提供的材料真实、准确，如有违诺情况，本人愿承担所有责任").check();
  await expect(submit).toBeDisabled();
  const problemsAtStart = await validation(page).getByRole("link").count();
  await page.screenshot({ path: shot("50-submit-problems"), fullPage: true });
  await atBothWidths(page, "数据验证与提交-有问题");

  // A problem opens its module: 基本信息.
  await problem(page, "请填写并保存「基本信息」").click();
  await expect(page).toHaveURL(/[?&]m=basicInfo/);
  await pick(page, "民族", "汉", "汉族");
  await pick(page, "政治面貌", "群众", "群众");
  await byLabel(page, "出生日期").fill("1985-03-04");
  await byLabel(page, "性别").selectOption({ label: "男" });
  await byLabel(page, "现工作岗位").fill("技术员");
  await byLabel(page, "参加工作时间").fill("2008-07-01");
  await byLabel(page, "从事专业").fill("电气工程");
  await byLabel(page, "申报职称").fill("工程师");
  await byLabel(page, "申报级别").selectOption({ label: "中级" });
  await saveSection(page);
  await upload(slot(page, "个人照片"), `${files}/photo.jpg`);

  await openSubmitPage(page);
  await expect(problem(page, "请填写并保存「基本信息」")).toHaveCount(0);
  await expect(problem(page, "请上传个人照片")).toHaveCount(0);
  expect(await validation(page).getByRole("link").count()).toBeLessThan(problemsAtStart);

  // 教育经历: one entry, 参评; the proof it then lacks is a link that opens the entry's proof slot.
  await problem(page, "请至少添加一条「教育经历」").click();
  await page.getByRole("button", { name: "添加", exact: true }).click();
  const education = page.getByRole("form", { name: /^添加/ });
  await byLabel(education, "入学时间").fill("2003-09-01");
  await byLabel(education, "毕业时间").fill("2007-07-01");
  await byLabel(education, "毕业学校").fill("长春工业大学");
  await byLabel(education, "所学专业").fill("电气工程及其自动化");
  await pick(education, "学历", "本科", "大学本科");
  await pick(education, "教育方式", "全日制", "全日制");
  await byLabel(education, "是").check();
  await education.getByRole("button", { name: "保存", exact: true }).click();
  await expect(education).toBeHidden();
  await openSubmitPage(page);
  await problem(page, /「长春工业大学」为参评学历，请上传/).click();
  await expect(page).toHaveURL(/[?&]m=education&entry=[^&]+&field=EDUCATION_PROOF/);
  await upload(slot(page, /教育经历证明/), `${files}/document.pdf`);

  // 工作经历
  await navigator(page).getByRole("link", { name: "工作经历", exact: true }).click();
  await page.getByRole("button", { name: "添加", exact: true }).click();
  const work = page.getByRole("form", { name: /^添加/ });
  await byLabel(work, "开始时间").fill("2008-07-01");
  await byLabel(work, "工作单位").fill("吉林省电力设计院");
  await byLabel(work, "工作岗位").fill("技术员");
  await work.getByRole("button", { name: "保存", exact: true }).click();
  await expect(work).toBeHidden();

  // 近5年继续教育学时 opens at its field, focused.
  await openSubmitPage(page);
  await problem(page, "请填写近5年继续教育学时").click();
  await expect(byLabel(page, "近5年继续教育学时")).toBeFocused();
  await byLabel(page, "近5年继续教育学时").fill("96");
  await saveSection(page);

  await navigator(page).getByRole("link", { name: "年度考核", exact: true }).click();
  const years = byLabel(page, /年度考核结果\s*\*?\s*$/);
  for (let i = 0; i < (await years.count()); i++) await years.nth(i).selectOption({ label: "合格" });
  await saveSection(page);

  // The four materials, on the 提交 page itself; the list shrinks to 「数据验证通过」.
  await openSubmitPage(page);
  await expect(validation(page).getByRole("link")).toHaveCount(4);
  await upload(slot(page, "身份证正面"), `${files}/photo.png`);
  await upload(slot(page, "身份证反面"), `${files}/photo.png`);
  await upload(slot(page, "教育部学籍在线验证报告"), `${files}/document.pdf`);
  await expect(validation(page).getByRole("link")).toHaveCount(1);
  await upload(slot(page, "单位公示表"), `${files}/document.pdf`);
  await expect(page.getByTestId("validation-passed")).toContainText("数据验证通过");
  await expect(navigator(page).locator('li:has(a[data-module="submit"])')).toHaveAttribute("data-complete", "true");

  // 业务表册信息: 预览 draws each form in the viewer dialog.
  const forms = page.getByRole("region", { name: "业务表册信息" });
  await expect(forms).toContainText("草稿");
  for (const [kind, label] of [
    ["summary", "职称评审一览表"],
    ["publicity", "公示表"],
  ] as const) {
    await forms.locator(`[data-business-form="${kind}"]`).getByRole("button", { name: "预览" }).click();
    const preview = page.getByRole("dialog", { name: `预览：${label}` });
    await expect(preview.getByRole("img", { name: "第 1 页" })).toBeVisible();
    await expect(preview.getByRole("alert")).toHaveCount(0);
    await page.screenshot({ path: shot(`50-business-form-${kind}`) });
    await atBothWidths(page, `业务表册预览-${label}`);
    await preview.getByRole("button", { name: "关闭" }).click();
    await expect(preview).toHaveCount(0);
  }

  // 承诺 and 提交, with a confirmation naming the notice.
  const promise = page.getByLabel("本人承诺，申报所提供的材料真实、准确，如有违诺情况，本人愿承担所有责任");
  await promise.uncheck();
  await expect(submit).toBeDisabled();
  await promise.check();
  await expect(submit).toBeEnabled();
  await page.screenshot({ path: shot("51-submit-passed"), fullPage: true });
  await atBothWidths(page, "数据验证与提交-可提交");
  await submit.click();
  const confirm = page.getByRole("dialog", { name: "确认提交" });
  await expect(confirm).toContainText("确定提交「关于开展2026年度工程系列职称评审申报工作的通知」的申报吗？");
  await atBothWidths(page, "确认提交对话框");
  await confirm.getByRole("button", { name: "确定提交" }).click();

  await expect(page.getByText("提交成功")).toBeVisible();
  const flow = page.getByRole("list", { name: "流程推送节点" });
  await expect(flow.locator('[data-node="APPLICANT"]')).toHaveAttribute("data-state", "done");
  await expect(flow.locator('[data-node="UNIT_REVIEW"]')).toHaveAttribute("data-state", "current");
  await expect(flow.locator('[data-node="FINAL"]')).toHaveAttribute("data-state", "pending");
  await expect(page.getByRole("button", { name: "保存", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "提交", exact: true })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: "申报信息" })).toBeVisible();
  await expect(page.getByTestId("application-facts").locator("..")).toContainText("已申报");
  await page.screenshot({ path: shot("52-submitted"), fullPage: true });
  await atBothWidths(page, "申报信息-已申报");
  await flow.screenshot({ path: shot("52b-flow-nodes") });

  // 我的申报: 已申报, with 进度跟踪.
  await page.goto("/hall");
  const row = page.getByRole("table", { name: "我的申报" }).getByRole("row", { name: /工程系列/ });
  await expect(row).toContainText("已申报");
  await row.getByRole("link", { name: "进度跟踪" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "进度跟踪" })).toBeVisible();
  await expect(page.getByRole("list", { name: "流程推送节点" }).locator('[data-node="UNIT_REVIEW"]')).toHaveAttribute(
    "data-state",
    "current",
  );
  await expect(page.getByRole("table", { name: "流转记录" })).toContainText("提交");
  await page.screenshot({ path: shot("53-progress"), fullPage: true });
  await atBothWidths(page, "进度跟踪-已申报");
  await page.getByRole("list", { name: "流程推送节点" }).screenshot({ path: shot("53b-progress-nodes") });

  // Read-only now: no form, and the server refuses a change sent directly.
  await page.goto(`${formUrl}?m=basicInfo`);
  await expect(page.getByText("当前申报状态为「已申报」，信息仅供查看，不可修改。")).toBeVisible();
  await expect(page.getByRole("button", { name: "保存", exact: true })).toHaveCount(0);
  const applicationId = formUrl.split("/").pop()!;
  const direct = await page.request.post("/api/trpc/applicationForm.saveSection", {
    data: { json: { applicationId, module: "innovation", version: null, data: { text: "偷偷修改" } } },
  });
  expect(direct.status()).toBe(403);
  expect(JSON.stringify(await direct.json())).toContain("申报已提交，不能修改");
  const uploadDirect = await page.request.post(`/api/files?applicationId=${applicationId}&slot=CHSI_REPORT`, {
    headers: { "x-file-name": encodeURIComponent("补充.pdf"), "content-type": "application/octet-stream" },
    data: Buffer.from("%PDF-1.4\n"),
  });
  expect(uploadDirect.status()).toBe(403);
  expect((await uploadDirect.json()).error.message).toBe("申报已提交，不能修改");
});
