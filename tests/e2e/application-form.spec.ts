import { expect, type Locator, type Page, test } from "@playwright/test";
import { atBothWidths } from "./a11y";
import { byLabel, navigator, saveSection, startDemoApplication } from "./form-helpers";
import { demo, signIn } from "./helpers";

/**
 * The manual's 信息填报 chapter end to end: every module, both 申报类别, saved module by module,
 * then the page is reloaded and every value is read back from the server.
 */
const shot = (name: string) => `tests/.artifacts/screens/${name}.png`;
type FieldValues = Record<string, string | { pick: string; option: string } | { type: string; enter: true }>;

async function openModule(page: Page, label: string) {
  await navigator(page).getByRole("link", { name: label, exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${label}`) })).toBeVisible();
}

async function fill(scope: Page | Locator, values: FieldValues) {
  const page = "page" in scope ? scope.page() : scope;
  for (const [label, value] of Object.entries(values)) {
    const control = byLabel(scope, label);
    if (typeof value === "string") {
      await control.fill(value);
    } else if ("enter" in value) {
      // Typing the label and pressing Enter picks it and closes the list, as on the real platform.
      await control.fill(value.type);
      await control.press("Enter");
      await expect(page.getByRole("listbox")).toHaveCount(0);
    } else {
      await control.fill(value.pick);
      await page.getByRole("option", { name: value.option, exact: true }).click();
    }
  }
}

/** 「添加」 an entry in the visible module, fill it, answer the 参评 question, 「保存」. */
async function addEntry(page: Page, values: FieldValues, representative?: boolean) {
  await page.getByRole("button", { name: "添加", exact: true }).click();
  const form = page.getByRole("form", { name: /^添加/ });
  await fill(form, values);
  if (representative !== undefined) await byLabel(form, representative ? "是" : "否").check();
  await form.getByRole("button", { name: "保存", exact: true }).click();
  await expect(form).toBeHidden();
}

const basicInfo = {
  姓名: "刘洋",
  出生日期: "1990-08-15",
  手机号: "13800000006",
  现任职称: "工程师",
  现任职称取得时间: "2018-12-20",
  现工作岗位: "研发部主任工程师",
  参加工作时间: "2012-07-01",
  从事专业: "机械设计制造及其自动化",
  申报职称: "高级工程师",
};

const entries: Record<string, { values: FieldValues; representative?: boolean; table: string[] }[]> = {
  教育经历: [
    {
      values: {
        入学时间: "2008-09-01",
        毕业时间: "2012-06-30",
        毕业学校: "吉林大学",
        所学专业: "机械设计制造及其自动化",
        学历: { pick: "本科", option: "大学本科" },
        学位: { pick: "学士", option: "学士" },
        教育方式: { type: "全日制", enter: true },
      },
      representative: true,
      table: ["吉林大学", "大学本科", "全日制"],
    },
    {
      values: {
        入学时间: "2014-09-01",
        毕业时间: "2017-06-30",
        毕业学校: "哈尔滨工业大学",
        所学专业: "机械工程",
        学历: { type: "硕士研究生", enter: true },
        学位: { pick: "硕士", option: "硕士" },
        教育方式: { pick: "非全日", option: "非全日制" },
      },
      representative: true,
      table: ["哈尔滨工业大学", "硕士研究生", "非全日制"],
    },
  ],
  工作经历: [
    {
      values: {
        开始时间: "2012-07-01",
        工作单位: "吉林省智能制造研究院有限公司",
        工作岗位: "主任工程师",
        主要职责: "负责数控装备研发",
      },
      table: ["吉林省智能制造研究院有限公司", "主任工程师", "至今"],
    },
  ],
  论文著作: [
    {
      values: {
        论文著作名称: "五轴数控机床误差补偿方法研究",
        "期刊/出版社名称": "机械工程学报",
        出版日期: "2021-05-10",
        "ISSN/ISBN": "0577-6686",
        CN刊号: "CN 11-2187/TH",
        作者排名: "1",
      },
      representative: true,
      table: ["五轴数控机床误差补偿方法研究", "机械工程学报", "0577-6686"],
    },
  ],
  项目研究: [
    {
      values: {
        科研项目名称: "高精度数控系统关键技术",
        "项目来源/级别": { pick: "省部", option: "省部级" },
        "项目经费（万元）": "120.5",
        本人角色: { pick: "负责", option: "负责人" },
        开始时间: "2019-01-01",
        结束时间: "2021-12-31",
      },
      representative: true,
      table: ["高精度数控系统关键技术", "省部级", "负责人"],
    },
  ],
  专利: [
    {
      values: {
        专利类别: { pick: "发明", option: "发明专利" },
        专利名称: "一种机床热误差补偿装置",
        专利号: "ZL202010123456.2",
        授权日期: "2022-03-15",
        本人排名: "1",
      },
      representative: true,
      table: ["一种机床热误差补偿装置", "发明专利", "ZL202010123456.2"],
    },
  ],
  工作报告: [
    {
      values: {
        工作报告日期: "2023-01-10",
        工作报告题目: "2022年度数控装备研发工作总结",
        内容摘要: "完成三项关键技术攻关。",
      },
      representative: true,
      table: ["2022年度数控装备研发工作总结"],
    },
  ],
  荣誉奖励: [
    {
      values: {
        荣誉奖励名称: "吉林省科学技术进步奖二等奖",
        荣誉级别: { pick: "省部", option: "省部级" },
        授予单位: "吉林省人民政府",
        授予日期: "2022-12-01",
        本人排名: "2",
      },
      representative: true,
      table: ["吉林省科学技术进步奖二等奖", "省部级", "吉林省人民政府"],
    },
  ],
  惩罚处分: [
    {
      values: {
        处分级别: { pick: "警告", option: "警告" },
        处分名称: "迟报安全生产信息",
        处分日期: "2015-04-01",
        处分单位: "吉林省智能制造研究院有限公司",
      },
      table: ["迟报安全生产信息", "警告"],
    },
  ],
  破格推荐专家: [
    {
      values: {
        专家姓名: "王建国",
        专家职称: "正高级工程师",
        工作单位: "中国第一汽车集团有限公司",
        从事专业: "机械工程",
        联系电话: "13900001111",
        推荐意见: "该同志业绩突出，同意推荐。",
      },
      table: ["王建国", "正高级工程师"],
    },
    {
      values: {
        专家姓名: "李秀梅",
        专家职称: "教授",
        工作单位: "吉林大学",
        从事专业: "机械电子工程",
        联系电话: "0431-85095123",
        推荐意见: "创新成果显著，同意推荐。",
      },
      table: ["李秀梅", "教授"],
    },
  ],
};

const texts = {
  创新技术改革方法: "提出基于数字孪生的热误差在线补偿方法。",
  行业认可情况: "成果在省内五家企业推广应用。",
  基层服务工作经历: "2016年在县级企业驻点服务一年。",
  其他业绩成果: "主持制定企业标准两项。",
};

test("an applicant fills every module of the application form, reloads, and finds every value back", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signIn(page, demo.BOUND_APPLICANT.mobile, undefined, "/hall/apply");
  const formUrl = await startDemoApplication(page);

  // 基本信息: prefilled from the sign-in identity, 身份证号 read-only; 破格 with 两名专家推荐破格.
  await openModule(page, "基本信息");
  await expect(byLabel(page, "身份证号")).toHaveValue(demo.BOUND_APPLICANT.idCardNumber);
  await expect(byLabel(page, "身份证号")).not.toBeEditable();
  await expect(byLabel(page, "姓名")).toHaveValue("刘洋");
  await byLabel(page, "破格").check();
  await fill(page, {
    破格类别: { pick: "两名专家", option: "两名专家推荐破格" },
    民族: { pick: "汉", option: "汉族" },
    政治面貌: { pick: "党员", option: "中共党员" },
    ...basicInfo,
  });
  await byLabel(page, "申报级别").selectOption({ label: "副高级" });
  await byLabel(page, "参加工作时间").fill("1989-01-01");
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByText("参加工作时间须晚于出生日期", { exact: true })).toBeVisible();
  await byLabel(page, "参加工作时间").fill(basicInfo.参加工作时间);
  await saveSection(page);
  await page.screenshot({ path: shot("30-basic-info"), fullPage: true });
  await atBothWidths(page, "基本信息-破格");

  for (const [module, list] of Object.entries(entries)) {
    await openModule(page, module);
    for (const entry of list) await addEntry(page, entry.values, entry.representative);
    const table = page.getByRole("table", { name: `${module}列表` });
    for (const entry of list) for (const text of entry.table) await expect(table).toContainText(text);
  }
  await page.screenshot({ path: shot("31-experts"), fullPage: true });
  await atBothWidths(page, "破格推荐专家列表");

  // A second representative paper: the page names the current one and moves the mark on request.
  await openModule(page, "论文著作");
  await page.getByRole("button", { name: "添加", exact: true }).click();
  const paperForm = page.getByRole("form", { name: /^添加/ });
  await fill(paperForm, {
    论文著作名称: "数控系统可靠性评估",
    "期刊/出版社名称": "制造技术与机床",
    出版日期: "2020-02-01",
    作者排名: "2",
  });
  await byLabel(paperForm, "是").check();
  await expect(paperForm).toContainText("「五轴数控机床误差补偿方法研究」已是参评项");
  await atBothWidths(page, "论文著作-添加条目");
  await byLabel(paperForm, "否").check();
  await paperForm.getByRole("button", { name: "保存", exact: true }).click();
  await expect(paperForm).toBeHidden();
  await page.screenshot({ path: shot("32-papers"), fullPage: true });
  await atBothWidths(page, "论文著作列表");

  await openModule(page, "近5年继续教育情况");
  await byLabel(page, "近5年继续教育学时").fill("360");
  await saveSection(page);

  await openModule(page, "年度考核");
  const years = await byLabel(page, /年度考核结果\s*\*?\s*$/).count();
  expect(years).toBe(5);
  for (let i = 0; i < years; i++)
    await byLabel(page, /年度考核结果\s*\*?\s*$/)
      .nth(i)
      .selectOption({ label: i === 0 ? "优秀" : "合格" });
  await atBothWidths(page, "年度考核");
  await saveSection(page);

  for (const [module, text] of Object.entries(texts)) {
    await openModule(page, module);
    await byLabel(page, module).fill(text);
    await expect(page.getByText(`已输入 ${text.length} / 500 字`)).toBeVisible();
    await saveSection(page);
  }
  await atBothWidths(page, "其他业绩成果");

  // Reload: every value comes back from the server.
  await page.goto(`${formUrl}?m=basicInfo`);
  for (const [label, value] of Object.entries(basicInfo)) await expect(byLabel(page, label)).toHaveValue(value);
  await expect(byLabel(page, "破格")).toBeChecked();
  await expect(byLabel(page, "民族")).toHaveValue("汉族");
  await expect(byLabel(page, "政治面貌")).toHaveValue("中共党员");
  await expect(byLabel(page, "破格类别")).toHaveValue("两名专家推荐破格");
  for (const [module, list] of Object.entries(entries)) {
    await openModule(page, module);
    const table = page.getByRole("table", { name: `${module}列表` });
    for (const entry of list) for (const text of entry.table) await expect(table).toContainText(text);
  }
  await openModule(page, "近5年继续教育情况");
  await expect(byLabel(page, "近5年继续教育学时")).toHaveValue("360");
  await openModule(page, "年度考核");
  await expect(byLabel(page, /年度考核结果\s*\*?\s*$/).first()).toHaveValue("EXCELLENT");
  for (const [module, text] of Object.entries(texts)) {
    await openModule(page, module);
    await expect(byLabel(page, module)).toHaveValue(text);
  }
  for (const module of [
    "basicInfo",
    "education",
    "workExperience",
    "annualAssessment",
    "exceptionalExperts",
    "papers",
    "innovation",
  ]) {
    await expect(navigator(page).locator(`li:has(a[data-module="${module}"])`), module).toHaveAttribute(
      "data-complete",
      "true",
    );
  }

  // The whole application in one view.
  await navigator(page).getByRole("link", { name: "全部信息", exact: true }).click();
  for (const text of ["吉林大学", "高精度数控系统关键技术", "一种机床热误差补偿装置", "李秀梅", texts.其他业绩成果]) {
    await expect(page.getByText(text).first()).toBeVisible();
  }
  await page.screenshot({ path: shot("33-read-all"), fullPage: true });
  await atBothWidths(page, "全部信息");

  // The other category: 正常申报 asks for no experts. The saved ones stay listed, to be deleted
  // (数据验证信息 asks for it), and once they are gone 破格推荐专家 leaves the navigator.
  await page.goto(`${formUrl}?m=basicInfo`);
  await byLabel(page, "正常申报").check();
  await saveSection(page);
  await page.reload();
  await expect(byLabel(page, "正常申报")).toBeChecked();
  await openModule(page, "破格推荐专家");
  await expect(page.getByText("当前申报类别不需要破格推荐专家，请删除已保存的专家")).toBeVisible();
  await expect(page.getByRole("button", { name: "添加", exact: true })).toBeDisabled();
  await atBothWidths(page, "破格推荐专家-需删除");
  for (const name of ["王建国", "李秀梅"]) {
    await page.getByRole("button", { name: `删除：${name}` }).click();
    await page
      .getByRole("dialog", { name: "删除破格推荐专家" })
      .getByRole("button", { name: "删除", exact: true })
      .click();
    await expect(page.getByRole("button", { name: `删除：${name}` })).toHaveCount(0);
  }
  await navigator(page).getByRole("link", { name: "基本信息", exact: true }).click();
  await expect(navigator(page).getByRole("link", { name: "破格推荐专家", exact: true })).toHaveCount(0);
});

test("two tabs editing the same entry: the later, stale save is refused and offers to reload", async ({
  page,
  context,
}) => {
  await signIn(page, demo.BOUND_APPLICANT.mobile);
  await page.getByRole("table", { name: "我的申报" }).getByRole("link", { name: "继续填报" }).first().click();
  await page.waitForURL("**/hall/applications/**");
  const url = `${page.url().split("?")[0]}?m=workExperience`;
  const other = await context.newPage();
  await page.goto(url);
  await other.goto(url);
  for (const tab of [page, other]) await tab.getByRole("button", { name: /^编辑/ }).first().click();

  const first = page.getByRole("form", { name: /^编辑/ });
  await byLabel(first, "工作岗位").fill("总工程师");
  await first.getByRole("button", { name: "保存", exact: true }).click();
  await expect(first).toBeHidden();

  const second = other.getByRole("form", { name: /^编辑/ });
  await byLabel(second, "工作岗位").fill("副总工程师");
  await second.getByRole("button", { name: "保存", exact: true }).click();
  await expect(other.getByText("该条目已在其他窗口或设备上修改")).toBeVisible();
  await expect(byLabel(second, "工作岗位")).toHaveValue("副总工程师");
  await other.screenshot({ path: shot("34-stale-entry"), fullPage: true });
  await atBothWidths(other, "条目已在其他窗口修改");
  await other.getByRole("button", { name: "重新加载" }).click();
  await expect(byLabel(other.getByRole("form", { name: /^编辑/ }), "工作岗位")).toHaveValue("总工程师");
});
