import { expect, type Page, test } from "@playwright/test";
import { atBothWidths } from "./a11y";
import {
  byLabel,
  fillCompleteApplication,
  fixtureFiles,
  navigator,
  newcomerWithApplication,
  openSubmitPage,
  promiseAndSubmit,
  slotRegion,
  upload,
} from "./form-helpers";
import { demo, signIn, signOut } from "./helpers";

/**
 * 申报材料审核 end to end, with the demo reviewers: an applicant submits → 推荐单位 (李华) returns it
 * for 论文著作 and 材料附件信息 → the applicant reads the opinion, may change only those two and
 * resubmits → the unit sees what changed and passes → 主管部门 (王芳) passes → 进度跟踪 shows every
 * node with its time and opinion. A second application is ended with 终止审核, a second tab of the
 * reviewer loses the race and is told so, and the applicant is told why.
 */
const shot = (name: string) => `tests/.artifacts/screens/${name}.png`;
const notice = "关于开展2026年度工程系列职称评审申报工作的通知";

const reviewButton = (page: Page, name: string) => page.getByRole("button", { name, exact: true });

async function submitNewApplication(page: Page, name: string, birthDate: string) {
  const applicant = await newcomerWithApplication(page, name, birthDate);
  await fillCompleteApplication(page, applicant.formUrl);
  await promiseAndSubmit(page);
  await signOut(page);
  return { ...applicant, applicationId: applicant.formUrl.split("/").pop()! };
}

test("returned for 论文著作 and 材料附件信息, changed there only, resubmitted, passed by the unit and the department", async ({
  page,
}) => {
  test.setTimeout(480_000);
  const applicant = await submitNewApplication(page, "周退修", "19860512");
  const reviewUrl = `/unit/applications/${applicant.applicationId}`;

  // 推荐单位: the submitted application read-only, with its files, 业务表册 and validation.
  await signIn(page, demo.UNIT_REVIEWER.mobile, undefined, "/unit");
  await page.goto(reviewUrl);
  await expect(page.getByRole("heading", { level: 1, name: "申报审核" })).toBeVisible();
  const facts = page.getByTestId("review-facts");
  await expect(facts).toContainText("周退修");
  await expect(facts).toContainText("推荐单位审核");
  await expect(facts).toContainText("首次提交");
  await expect(page.getByTestId("submitted-validation")).toContainText("全部通过");
  await expect(page.locator('[data-module="education"]')).toContainText("长春工业大学");
  await expect(page.getByTestId("changes")).toHaveCount(0);
  const attachments = page.getByRole("region", { name: /^附件材料/ });
  await expect(attachments.locator('[data-slot="ID_CARD_BACK"]')).toContainText("photo.png");
  await attachments.locator('[data-slot="CHSI_REPORT"]').getByRole("button", { name: "预览：document.pdf" }).click();
  const preview = page.getByRole("dialog", { name: "预览：document.pdf" });
  await expect(preview.getByRole("img", { name: "第 1 页", exact: true })).toBeVisible();
  await atBothWidths(page, "附件预览-PDF");
  await preview.getByRole("button", { name: "关闭" }).click();
  const forms = page.getByRole("region", { name: "业务表册信息" });
  await expect(forms).toContainText("提交版");
  await forms.locator('[data-business-form="summary"]').getByRole("button", { name: "预览" }).click();
  const summary = page.getByRole("dialog", { name: "预览：职称评审一览表" });
  await expect(summary.getByRole("img", { name: "第 1 页" })).toBeVisible();
  await summary.getByRole("button", { name: "关闭" }).click();
  await page.screenshot({ path: shot("60-review"), fullPage: true });
  await page.screenshot({ path: shot("60b-review-top") });
  await atBothWidths(page, "申报审核-推荐单位");

  // 退回: the opinion and at least one module are required, said at the field.
  await reviewButton(page, "退回").click();
  const back = page.getByRole("dialog", { name: "退回修改" });
  await back.getByRole("button", { name: "确定退回" }).click();
  await expect(back).toContainText("请填写退回意见");
  await expect(back).toContainText("请至少选择一个退回修改的模块");
  await expect(back.getByLabel(/^退回意见/)).toHaveAttribute("aria-invalid", "true");
  await atBothWidths(page, "退回修改对话框-校验提示");
  const opinion = "请补充代表性论文，并重新上传清晰的身份证反面照片。";
  await back.getByLabel(/^退回意见/).fill(opinion);
  await back.getByLabel("论文著作", { exact: true }).check();
  await back.getByLabel("材料附件信息", { exact: true }).check();
  // The message under the modules goes; the error summary keeps its line until the next 确定退回.
  await expect(back.getByRole("group", { name: /^退回修改的模块/ })).not.toContainText("请至少选择一个退回修改的模块");
  await page.screenshot({ path: shot("61-return-dialog") });
  await back.getByRole("button", { name: "确定退回" }).click();
  await expect(page.getByText("已将「周退修」的申报退回修改")).toBeVisible();
  await expect(page.getByRole("link", { name: "返回审核列表" }).first()).toHaveAttribute("href", "/unit");
  await expect(reviewButton(page, "通过")).toHaveCount(0);
  await expect(page.getByText("该申报已退回申报人修改，重新提交后方可审核。")).toBeVisible();
  await signOut(page);

  // The applicant: 编辑 in 我的申报, the opinion on top, × on exactly the returned modules.
  await signIn(page, applicant.login, applicant.password);
  const row = page.getByRole("table", { name: "我的申报" }).getByRole("row", { name: /工程系列/ });
  await expect(row).toContainText("被退回");
  await row.getByRole("link", { name: "编辑" }).click();
  const banner = page.getByTestId("returned-banner");
  await expect(banner).toContainText("被「推荐单位审核」退回修改");
  await expect(banner).toContainText(opinion);
  await expect(banner).toContainText("论文著作、材料附件信息");
  const marked = navigator(page).locator("li[data-returned]");
  await expect(marked).toHaveCount(2);
  await expect(navigator(page).locator('li[data-returned] a[data-module="papers"]')).toHaveCount(1);
  await expect(navigator(page).locator('li[data-returned] a[data-module="materials"]')).toHaveCount(1);
  await page.screenshot({ path: shot("62-returned-form"), fullPage: true });
  await atBothWidths(page, "被退回的申报表");

  // The other modules are read-only, in the page and on the server.
  await expect(page.getByTestId("read-only-module")).toContainText("「基本信息」未被退回修改，仅供查看。");
  await expect(page.getByRole("button", { name: "保存", exact: true })).toHaveCount(0);
  await navigator(page).getByRole("link", { name: "教育经历", exact: true }).click();
  await expect(page.getByTestId("read-only-module")).toBeVisible();
  await expect(page.getByRole("button", { name: "添加", exact: true })).toHaveCount(0);
  const outside = await page.request.post("/api/trpc/applicationForm.saveSection", {
    data: {
      json: { applicationId: applicant.applicationId, module: "innovation", version: null, data: { text: "顺便修改" } },
    },
  });
  expect(outside.status()).toBe(403);

  // 论文著作: one paper added.
  await navigator(page).getByRole("link", { name: "论文著作", exact: true }).click();
  await expect(page.getByTestId("read-only-module")).toHaveCount(0);
  await page.getByRole("button", { name: "添加", exact: true }).click();
  const paper = page.getByRole("form", { name: /^添加/ });
  await byLabel(paper, "论文著作名称").fill("配电网故障定位方法研究");
  await byLabel(paper, "期刊/出版社名称").fill("电力系统自动化");
  await byLabel(paper, "出版日期").fill("2024-05-01");
  await byLabel(paper, "作者排名").fill("1");
  await byLabel(paper, "否").check();
  await paper.getByRole("button", { name: "保存", exact: true }).click();
  await expect(paper).toBeHidden();

  // 材料附件信息: 身份证反面 replaced.
  await openSubmitPage(page);
  const idBack = slotRegion(page, "身份证反面");
  await idBack.getByRole("button", { name: /^展开/ }).click();
  await idBack.getByRole("button", { name: "删除：photo.png" }).click();
  await page.getByRole("dialog", { name: "删除附件" }).getByRole("button", { name: "删除", exact: true }).click();
  await expect(idBack.getByRole("status")).toContainText("已删除「photo.png」");
  await upload(idBack, `${fixtureFiles}/photo.jpg`);
  await expect(page.getByTestId("validation-passed")).toContainText("数据验证通过");
  await promiseAndSubmit(page, "重新提交");
  await expect(page.getByText("现进入推荐单位审核")).toBeVisible();
  await signOut(page);

  // 推荐单位 sees what changed and passes.
  await signIn(page, demo.UNIT_REVIEWER.mobile, undefined, "/unit");
  await page.goto(reviewUrl);
  await expect(page.getByTestId("review-facts")).toContainText("第 2 次提交");
  const changes = page.getByTestId("changes");
  await expect(changes.locator('[data-changed-module="papers"]')).toContainText("配电网故障定位方法研究");
  await expect(changes.locator('[data-changed-module="papers"] [data-entry-change="added"]')).toContainText("新增");
  const materials = changes.locator('[data-changed-module="materials"]');
  await expect(materials.locator('[data-file-change="added"]')).toContainText("photo.jpg");
  await expect(materials.locator('[data-file-change="removed"]')).toContainText("photo.png");
  await expect(changes.locator("[data-changed-module]")).toHaveCount(2);
  await changes.screenshot({ path: shot("63-review-changes") });
  await page.screenshot({ path: shot("63b-review-resubmitted"), fullPage: true });
  await atBothWidths(page, "申报审核-第2次提交");
  await reviewButton(page, "通过").click();
  const pass = page.getByRole("dialog", { name: "审核通过" });
  await expect(pass).toContainText("确定通过「周退修」的申报吗？通过后将送「主管部门审核」。");
  await pass.getByLabel("审核意见").fill("材料齐全，同意推荐。");
  await atBothWidths(page, "审核通过对话框");
  await pass.getByRole("button", { name: "确定通过" }).click();
  await expect(page.getByText("已通过「周退修」的申报，已送「主管部门审核」。")).toBeVisible();
  await signOut(page);

  // 主管部门 passes.
  await signIn(page, demo.DEPT_REVIEWER.mobile, undefined, "/dept");
  await page.goto(`/dept/applications/${applicant.applicationId}`);
  await expect(page.getByTestId("review-facts")).toContainText("主管部门审核");
  await reviewButton(page, "通过").click();
  await page.getByRole("dialog", { name: "审核通过" }).getByLabel("审核意见").fill("同意报送评委会。");
  await page.getByRole("dialog", { name: "审核通过" }).getByRole("button", { name: "确定通过" }).click();
  await expect(page.getByText("已通过「周退修」的申报，已送「评委会评审」。")).toBeVisible();
  await page.screenshot({ path: shot("64-dept-passed"), fullPage: true });
  await atBothWidths(page, "主管部门审核-已通过");
  await signOut(page);

  // 进度跟踪: every node with its time and opinion, every event in 流转记录.
  await signIn(page, applicant.login, applicant.password, `/hall/applications/${applicant.applicationId}/progress`);
  const flow = page.getByRole("list", { name: "流程推送节点" });
  const node = (key: string) => flow.locator(`[data-node="${key}"]`);
  for (const key of ["APPLICANT", "UNIT_REVIEW", "DEPT_REVIEW"]) {
    await expect(node(key)).toHaveAttribute("data-state", "done");
    await expect(node(key).locator("time")).toHaveText(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
  }
  await expect(node("UNIT_REVIEW")).toContainText("材料齐全，同意推荐。");
  await expect(node("DEPT_REVIEW")).toContainText("同意报送评委会。");
  await expect(node("COMMITTEE_REVIEW")).toHaveAttribute("data-state", "current");
  const history = page.getByRole("table", { name: "流转记录" });
  await expect(history.getByRole("row")).toHaveCount(6);
  for (const text of ["提交", "退回", opinion, "重新提交", "材料齐全，同意推荐。", "同意报送评委会。"]) {
    await expect(history).toContainText(text);
  }
  await page.screenshot({ path: shot("65-progress-passed"), fullPage: true });
  await atBothWidths(page, "进度跟踪-主管部门已通过");
});

test("终止审核 ends the application: the other tab loses the race, the applicant is told why", async ({ page }) => {
  test.setTimeout(360_000);
  const applicant = await submitNewApplication(page, "吴终审", "19870615");
  const reviewUrl = `/unit/applications/${applicant.applicationId}`;

  await signIn(page, demo.UNIT_REVIEWER.mobile, undefined, "/unit");
  await page.goto(reviewUrl);
  const otherTab = await page.context().newPage();
  await otherTab.goto(reviewUrl);
  await expect(reviewButton(otherTab, "通过")).toBeVisible();

  await reviewButton(page, "终止审核").click();
  const terminate = page.getByRole("dialog", { name: "终止审核" });
  await expect(terminate).toContainText("确定终止审核「吴终审」的申报吗？此操作不可撤销");
  await terminate.getByRole("button", { name: "确定终止审核" }).click();
  await expect(terminate).toContainText("请填写终止审核的理由");
  const reason = "申报人不具备中级职称申报资格（任职年限不足）。";
  await terminate.getByLabel(/^终止审核理由/).fill(reason);
  await page.screenshot({ path: shot("66-terminate-dialog") });
  await atBothWidths(page, "终止审核对话框");
  await terminate.getByRole("button", { name: "确定终止审核" }).click();
  await expect(page.getByText("已终止审核「吴终审」的申报")).toBeVisible();
  await expect(page.getByTestId("review-facts").locator("..")).toContainText("审核不通过终止审核");

  // The stale tab still offers 通过; the server refuses it, and 刷新 shows where it stands.
  await reviewButton(otherTab, "通过").click();
  await otherTab.getByRole("dialog", { name: "审核通过" }).getByRole("button", { name: "确定通过" }).click();
  const refused = otherTab.getByRole("alert").filter({ hasText: "该申报已被其他人处理，请刷新" });
  await expect(refused).toBeVisible();
  await otherTab.screenshot({ path: shot("67-already-handled") });
  await atBothWidths(otherTab, "已被其他人处理");
  await refused.getByRole("button", { name: "刷新" }).click();
  await expect(refused).toHaveCount(0);
  await expect(reviewButton(otherTab, "通过")).toHaveCount(0);
  await expect(otherTab.getByText("该申报已终止审核，仅供查看。")).toBeVisible();
  await otherTab.close();
  await signOut(page);

  // The applicant: the status, the reason in 进度跟踪 and in the message centre, nothing editable.
  await signIn(page, applicant.login, applicant.password);
  const row = page.getByRole("table", { name: "我的申报" }).getByRole("row", { name: /工程系列/ });
  await expect(row).toContainText("审核不通过终止审核");
  await expect(row.getByRole("link", { name: "查看" })).toBeVisible();
  await row.getByRole("link", { name: "进度跟踪" }).click();
  await expect(page.getByTestId("outcome")).toContainText("被「推荐单位审核」终止审核");
  await expect(page.getByTestId("outcome")).toContainText(reason);
  const unitNode = page.getByRole("list", { name: "流程推送节点" }).locator('[data-node="UNIT_REVIEW"]');
  await expect(unitNode).toHaveAttribute("data-state", "terminated");
  await expect(unitNode).toContainText(reason);
  await page.screenshot({ path: shot("68-progress-terminated"), fullPage: true });
  await atBothWidths(page, "进度跟踪-终止审核");

  await page.goto("/messages");
  await expect(page.getByRole("main")).toContainText(reason);
  await expect(page.getByRole("main")).toContainText(notice);
  await page.screenshot({ path: shot("69-messages-terminated"), fullPage: true });
  await atBothWidths(page, "消息中心-终止审核通知");

  await page.goto(applicant.formUrl);
  await expect(page.getByText("当前申报状态为「审核不通过终止审核」，信息仅供查看，不可修改。")).toBeVisible();
  await expect(page.getByRole("button", { name: "保存", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /提交/ })).toHaveCount(0);
  await atBothWidths(page, "只读申报表-终止审核");
  await signOut(page);

  // 主管部门 never received it: its review page does not exist for them.
  await signIn(page, demo.DEPT_REVIEWER.mobile, undefined, "/dept");
  const response = await page.goto(`/dept/applications/${applicant.applicationId}`);
  expect(response?.status()).toBe(404);
});
