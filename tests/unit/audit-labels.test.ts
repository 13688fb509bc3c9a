import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { auditDetailLines } from "@/lib/admin/audit/audit-detail-lines";
import { noticeTransitions } from "@/lib/admin/notices/notice-status";
import { bindingTransitions } from "@/lib/binding/binding-status";
import { auditActions, auditDetailKeys, auditEntityTypes, auditStatusLabel } from "@/lib/dictionaries/audit";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** Files that write audit entries: they call recordAudit, or map to its action codes. */
const auditingFiles = sourceFiles("src")
  .concat(sourceFiles("prisma"))
  .filter((f) => !f.endsWith(path.join("dictionaries", "audit.ts")))
  .map((f) => ({ file: f, text: readFileSync(f, "utf8") }))
  .filter(({ text }) => /recordAudit\(|AuditActionCode/.test(text));

const codes = new Set<string>(auditActions.map((a) => a.code));
/** Template actions (`binding.${transition}`) and the transitions that fill them in. */
const templates: Record<string, string[]> = {
  binding: Object.keys(bindingTransitions),
  notice: Object.keys(noticeTransitions),
};

describe("the audit log's labels", () => {
  it("every action written anywhere in src has a Chinese label", () => {
    expect(auditingFiles.length).toBeGreaterThan(20);
    const written = new Set<string>();
    for (const { file, text } of auditingFiles) {
      // Every dotted literal (an action is area.verb): in recordAudit calls, ternaries, mapping tables.
      for (const [, code] of text.matchAll(/"([a-z][a-zA-Z-]*(?:\.[a-zA-Z]+)+)"/g)) written.add(code as string);
      for (const [, prefix] of text.matchAll(/action: `([\w-]+)\.\$\{/g)) {
        expect(templates, `${file} builds actions from "${prefix}."`).toHaveProperty(prefix as string);
        for (const verb of templates[prefix as string] ?? []) written.add(`${prefix}.${verb}`);
      }
    }
    const unlabelled = [...written].filter((code) => !codes.has(code));
    expect(unlabelled).toEqual([]);
    // …and the table lists nothing that is never written.
    expect([...codes].filter((code) => !written.has(code))).toEqual([]);
  });

  it("has one label per action, per entity type and per detail key, all in Chinese", () => {
    const labels = [
      ...auditActions.map((a) => a.label),
      ...auditEntityTypes.map((t) => t.label),
      ...Object.values(auditDetailKeys).map((k) => k.label),
    ];
    expect(new Set(auditActions.map((a) => a.label)).size).toBe(auditActions.length);
    expect(labels.filter((label) => !/^[\u4e00-\u9fff（）-]/.test(label))).toEqual([]);
  });

  it("labels statuses by the entity they belong to", () => {
    expect(auditStatusLabel("UnitBinding", "APPROVED")).toBe("已绑定");
    expect(auditStatusLabel("Application", "APPROVED")).toBe("终审通过");
    expect(auditStatusLabel("PublicityObjection", "UPHELD")).toBe("成立");
    expect(auditStatusLabel("ReviewMeeting", "PANEL_DRAWN")).toBe("已抽取专家");
  });
});

describe("an audit entry's detail as the log shows it", () => {
  it("shows codes by their labels, instants in Beijing time and an edit as before → after", () => {
    expect(
      auditDetailLines({
        endsAt: { from: "2027-01-28T09:00:00.000Z", to: "2027-02-01T09:00:00.000Z" },
        series: "ENGINEERING",
        returnedModules: ["basicInfo", "materials"],
        fromStage: "UNIT_REVIEW",
        role: "DEPT_REVIEWER",
      }),
    ).toEqual([
      { key: "series", label: "职称系列", value: "工程" },
      { key: "endsAt", label: "截止时间", from: "2027年1月28日 17:00", to: "2027年2月1日 17:00" },
      { key: "role", label: "角色", value: "主管部门审核人" },
      { key: "fromStage", label: "原审核环节", value: "推荐单位审核" },
      { key: "returnedModules", label: "退回修改的模块", value: "基本信息、材料附件信息" },
    ]);
  });

  it("names records by the names the list resolved, and says so when one is gone", () => {
    const lines = auditDetailLines(
      { applicationIds: ["a1", "a2"], expertId: "e9", present: true, attachmentId: "x", submissionId: "s" },
      { a1: "张明 · 2027年度工程系列职称评审", e9: "周建华 · 工程系列评委会" },
    );
    expect(lines).toEqual([
      { key: "expertId", label: "专家", value: "周建华 · 工程系列评委会" },
      { key: "present", label: "出席", value: "是" },
      { key: "applicationIds", label: "申报", value: "张明 · 2027年度工程系列职称评审、（已删除）" },
    ]);
  });

  it("reads a year's holiday arrangement, before and after", () => {
    expect(auditDetailLines({ holidays: ["2027-01-01"], before: { holidays: [], workdays: ["2027-02-07"] } })).toEqual([
      { key: "holidays", label: "放假日期", value: "2027年1月1日" },
      { key: "before", label: "修改前", value: "放假日期：（空）；调休上班日期：2027年2月7日" },
    ]);
  });

  it("shows a key no dictionary knows as stored rather than dropping it", () => {
    expect(auditDetailLines({ legacyNote: "旧版记录" })).toEqual([
      { key: "legacyNote", label: "legacyNote", value: "旧版记录" },
    ]);
  });
});
