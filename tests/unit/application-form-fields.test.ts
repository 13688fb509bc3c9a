import { describe, expect, it } from "vitest";
import { entryModuleOf, entryModules, REPRESENTATIVE, tableColumns } from "@/lib/application-form/entry-fields";
import { type FieldList, shownLabel } from "@/lib/application-form/field-kinds";
import { type EntryModuleKey, entryModuleKeys } from "@/lib/application-form/modules";
import { basicInfoSchema, continuingEducationSchema, entrySchemas } from "@/lib/application-form/schemas";
import { basicInfoFields, continuingEducationFields } from "@/lib/application-form/section-fields";
import { entryColumns, toEntryView } from "@/server/domain/application-form/entry-tables";
import { entryData } from "../fixtures/application-form-data";

const fieldsOf = (module: EntryModuleKey) => entryModuleOf(module).fields;

const fieldLists: [string, FieldList, { shape: Record<string, unknown> }][] = [
  ["basicInfo", basicInfoFields, basicInfoSchema],
  ["continuingEducation", continuingEducationFields, continuingEducationSchema],
  ...entryModuleKeys.map((m): [string, FieldList, { shape: Record<string, unknown> }] => [
    m,
    fieldsOf(m),
    entrySchemas[m],
  ]),
];

describe("one definition per field", () => {
  it.each(fieldLists)(
    "%s: the module's schema checks exactly its listed fields, each with the field's own schema",
    (_, fields, schema) => {
      expect(Object.keys(schema.shape)).toEqual(Object.keys(fields));
      for (const [key, field] of Object.entries(fields)) expect(schema.shape[key], key).toBe(field.schema);
    },
  );

  it.each(fieldLists)(
    "%s: a field left empty is refused exactly when its definition says it is required",
    (_, fields) => {
      for (const [key, field] of Object.entries(fields)) {
        expect(field.schema.safeParse(undefined).success, `${key} left out`).toBe(!field.required);
        // A number box left empty sends nothing (FieldControl); the other boxes send "".
        if (field.kind !== "number" && field.kind !== "boolean")
          expect(field.schema.safeParse("").success, `${key} empty`).toBe(!field.required);
      }
    },
  );

  it("a number with a unit shows it after its label, while its messages name the bare label", () => {
    const { funding } = entryModules.projects.fields;
    expect(shownLabel(funding)).toBe("项目经费（万元）");
    expect(funding.schema.safeParse(-3).error?.issues[0].message).toBe("项目经费不能为负数");
    expect(funding.schema.safeParse(2_000_000).error?.issues[0].message).toBe("项目经费不能超过1000000万元");
    expect(funding.schema.parse("3.456")).toBe(3.46);
  });

  it("继续教育学时 is called the same in the form, in 全部信息 and in its messages", () => {
    const { hours } = continuingEducationFields;
    expect(shownLabel(hours)).toBe("近5年继续教育学时");
    expect(hours.schema.safeParse(undefined).error?.issues[0].message).toBe("请填写近5年继续教育学时");
  });
});

describe("entry tables", () => {
  const headers = (module: EntryModuleKey) =>
    tableColumns(module).map((c) => ("key" in c ? shownLabel(fieldsOf(module)[c.key]) : "起止时间"));

  it("show the column fields, the entry's name first unless the period opens the form, a period as 起止时间", () => {
    expect(Object.fromEntries(entryModuleKeys.map((m) => [m, headers(m)]))).toEqual({
      exceptionalExperts: ["专家姓名", "专家职称", "工作单位", "从事专业", "联系电话"],
      education: ["起止时间", "毕业学校", "所学专业", "学历", "学位", "教育方式"],
      workExperience: ["起止时间", "工作单位", "工作岗位"],
      papers: ["论文著作名称", "期刊/出版社名称", "出版日期", "ISSN/ISBN", "作者排名"],
      projects: ["科研项目名称", "项目来源/级别", "项目经费（万元）", "本人角色", "起止时间"],
      patents: ["专利名称", "专利类别", "专利号", "授权日期", "本人排名"],
      workReports: ["工作报告题目", "工作报告日期"],
      honors: ["荣誉奖励名称", "荣誉级别", "授予单位", "授予日期", "本人排名"],
      punishments: ["处分名称", "处分级别", "处分日期", "处分单位"],
    });
  });

  it.each(entryModuleKeys)(
    "%s: the date fields, and only they, are stored as dates and read back as YYYY-MM-DD",
    (module) => {
      const data = entrySchemas[module].parse(entryData[module]) as Record<string, unknown>;
      const columns = entryColumns(module, data);
      const fields = Object.entries(fieldsOf(module)).filter(([key]) => key !== REPRESENTATIVE);
      expect(Object.keys(columns)).toEqual(fields.map(([key]) => key));
      for (const [key, field] of fields) {
        const value = columns[key];
        if (field.kind === "date" && value !== null) expect(value, key).toEqual(new Date(`${data[key]}T00:00:00Z`));
        else expect(value, key).not.toBeInstanceOf(Date);
      }
      const view = toEntryView(module, { ...columns, id: "e1", version: 1 });
      for (const [key] of fields) expect(view.data[key], key).toEqual(data[key] ?? "");
    },
  );
});
