import { expect, type Locator, type Page, test } from "@playwright/test";
import { type AnyEntryModule, entryModules, tableColumns } from "../../src/lib/application-form/entry-fields";
import { type FieldDefinition, type FieldList, shownLabel } from "../../src/lib/application-form/field-kinds";
import { type ModuleKey, modules, textModuleKeys } from "../../src/lib/application-form/modules";
import { basicInfoFields, continuingEducationFields } from "../../src/lib/application-form/section-fields";
import { labelOf } from "../../src/lib/dictionaries";
import { entryData, textData, twoExpertsBasicInfo } from "../fixtures/application-form-data";
import { atBothWidths } from "./a11y";
import { byLabel, escapeRegExp, navigator, saveSection, startApplicationAsNewcomer } from "./form-helpers";

/**
 * Every field of every module, read from the field lists themselves: a labelled control in the
 * module's form, a header of its table when it is a column (a period as 起止时间), and its label in
 * 「全部信息」. A new field is covered here without changing this file; its value comes from the
 * fixtures, which the compiler makes carry every required field.
 */
const shot = (name: string) => `tests/.artifacts/screens/${name}.png`;

async function openModule(page: Page, module: ModuleKey) {
  const label = modules[module].label;
  await navigator(page).getByRole("link", { name: label, exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${escapeRegExp(label)}`) })).toBeVisible();
}

/** The field's control: radio buttons and the 是/否 question are a group named by the label. */
function control(scope: Page | Locator, field: FieldDefinition): Locator {
  const grouped = field.kind === "boolean" || (field.kind === "dictionary" && field.control === "radio");
  return grouped
    ? scope.getByRole("group", { name: new RegExp(`^${escapeRegExp(shownLabel(field))}`) })
    : byLabel(scope, shownLabel(field));
}

/** Asserts every field has its labelled control, and enters the fixture's value where there is one. */
async function fillFields(page: Page, scope: Page | Locator, fields: FieldList, values: Record<string, unknown>) {
  for (const [key, field] of Object.entries(fields)) {
    const target = control(scope, field);
    await expect(target, key).toBeVisible();
    const value = values[key];
    if (value === undefined || value === "" || (await target.getAttribute("readonly")) !== null) continue;
    if (field.kind === "boolean") {
      await target.getByLabel(value ? "是" : "否", { exact: true }).check();
    } else if (field.kind === "dictionary") {
      const label = labelOf(field.items, String(value));
      if (field.control === "radio") await target.getByLabel(label, { exact: true }).check();
      else if (field.control === "select") await target.selectOption({ label });
      else {
        await target.fill(label);
        await page.getByRole("option", { name: label, exact: true }).click();
      }
    } else {
      await target.fill(String(value));
    }
  }
}

/** The label as 「全部信息」 shows it: a table's header, or 「label：」 before a value. */
function shownIn(section: Locator, label: string): Locator {
  return section.getByText(new RegExp(`^${escapeRegExp(label)}：?$`)).first();
}

test("every field of every module is in its form, its table and 「全部信息」", async ({ page }) => {
  test.setTimeout(300_000);
  const formUrl = await startApplicationAsNewcomer(page, "周全", "19850101");

  // 基本信息 with 破格 and 两名专家推荐破格, so that 破格推荐专家 and 破格类别 are asked too.
  await page.goto(`${formUrl}?m=basicInfo`);
  await fillFields(page, page, basicInfoFields, twoExpertsBasicInfo);
  await saveSection(page);
  await page.screenshot({ path: shot("35-basic-info-fields"), fullPage: true });
  await atBothWidths(page, "基本信息-全部字段");

  await openModule(page, "continuingEducation");
  await fillFields(page, page, continuingEducationFields, { hours: 120 });
  await saveSection(page);

  for (const module of textModuleKeys) {
    await openModule(page, module);
    await byLabel(page, modules[module].label).fill(textData.text);
    await saveSection(page);
  }

  await openModule(page, "annualAssessment");
  const years = byLabel(page, /年度考核结果\s*\*?\s*$/);
  await expect(years).toHaveCount(5);
  for (let i = 0; i < 5; i++) await years.nth(i).selectOption({ label: "合格" });
  const assessmentLabels = (await page.locator("label", { hasText: "年度考核结果" }).allTextContents()).map((l) =>
    l.replace("*", "").trim(),
  );
  await saveSection(page);

  for (const [module, definition] of Object.entries(entryModules) as [keyof typeof entryModules, AnyEntryModule][]) {
    await openModule(page, module);
    await page.getByRole("button", { name: "添加", exact: true }).click();
    const form = page.getByRole("form", { name: /^添加/ });
    await fillFields(page, form, definition.fields, entryData[module]);
    if (module === "papers") await page.screenshot({ path: shot("36-entry-form-and-table"), fullPage: true });
    await atBothWidths(page, `添加条目-${modules[module].label}`);
    await form.getByRole("button", { name: "保存", exact: true }).click();
    await expect(form).toBeHidden();

    const table = page.getByRole("table", { name: `${modules[module].label}列表` });
    for (const column of tableColumns(module)) {
      const header = "key" in column ? shownLabel(definition.fields[column.key]) : "起止时间";
      await expect(table.getByRole("columnheader", { name: header, exact: true }), `${module} ${header}`).toBeVisible();
    }
    await expect(table.getByRole("row")).toHaveCount(2);
  }

  await navigator(page).getByRole("link", { name: "全部信息", exact: true }).click();
  const all = (module: ModuleKey) => page.locator(`section[data-module="${module}"]`);
  for (const [key, field] of Object.entries(basicInfoFields))
    await expect(shownIn(all("basicInfo"), shownLabel(field)), key).toBeVisible();
  for (const [key, field] of Object.entries(continuingEducationFields))
    await expect(shownIn(all("continuingEducation"), shownLabel(field)), key).toBeVisible();
  for (const module of textModuleKeys) await expect(all(module)).toContainText(textData.text);
  for (const label of assessmentLabels) await expect(shownIn(all("annualAssessment"), label)).toBeVisible();
  for (const [module, { fields, period }] of Object.entries(entryModules) as [ModuleKey, AnyEntryModule][]) {
    for (const [key, field] of Object.entries(fields)) {
      const label = period?.includes(key) ? "起止时间" : shownLabel(field);
      await expect(shownIn(all(module), label), `${module} ${key}`).toBeVisible();
    }
  }
  await page.screenshot({ path: shot("37-read-all-fields"), fullPage: true });
  await atBothWidths(page, "全部信息-全部字段");
});
