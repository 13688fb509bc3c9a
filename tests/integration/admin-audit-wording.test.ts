import { describe, expect, it } from "vitest";
import { auditDetailLines } from "@/lib/admin/audit/audit-detail-lines";
import { auditActions } from "@/lib/dictionaries/audit";
import { entryData, startDraft } from "../helpers/application-form";
import { sample, upload } from "../helpers/attachments";
import { makeAdmin, makeOrgWithPublisher } from "../helpers/fixtures";
import { testStorage } from "../helpers/storage";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb((db) => makeAdmin(db, "审计管理员"), { countQueries: true });
const storage = testStorage();

/** What the audit log shows for one entry: its action's label, its object, and its detail lines. */
async function shownEntries(filter: { entityType?: string; action?: string } = {}) {
  const page = await t.admin.admin.audit.list({ ...filter, pageSize: 100 });
  return page.items.map((e) => ({
    action: auditActions.find((a) => a.code === e.action)?.label,
    entity: e.entityName,
    detail: auditDetailLines(e.detail, e.names),
  }));
}

describe("审计日志 in the words of the screens", () => {
  it("names an application 「申报人 · 通知标题」 and its detail by labels, modules, slots and entry titles", async () => {
    const { org, publisherId } = await makeOrgWithPublisher(t.db);
    const { api, person, notice, applicationId } = await startDraft(t.db, org, publisherId, "王审计");
    const first = await api.applicationForm.addEntry({
      applicationId,
      module: "papers",
      data: { ...entryData.papers, title: "第一篇论文", representative: true },
    });
    await api.applicationForm.addEntry({
      applicationId,
      module: "papers",
      data: { ...entryData.papers, title: "第二篇论文", representative: true },
      representativeReplaces: first.id,
    });
    const proof = await upload(t.db, storage, person.id, {
      applicationId,
      slot: "PAPER_PROOF",
      entryId: first.id,
      name: "论文首页.pdf",
      bytes: sample.pdf,
    });
    await api.attachment.delete({ attachmentId: proof.id });

    const shown = await shownEntries({ entityType: "Application" });
    const mine = shown.filter((e) => e.entity === `王审计 · ${notice.title}`);
    expect(mine.map((e) => e.action)).toEqual(["删除附件", "上传附件", "添加申报条目", "添加申报条目", "创建申报草稿"]);

    const [deleted, uploaded, moved] = mine;
    expect(uploaded?.detail).toEqual([
      { key: "name", label: "名称", value: "论文首页.pdf" },
      { key: "slot", label: "附件类别", value: "论文著作证明（封面、目录、正文）" },
      { key: "entryId", label: "条目", value: "第一篇论文" },
      { key: "size", label: "文件大小", value: expect.stringMatching(/^\d+(\.\d)? (KB|B|MB)$/) },
      { key: "sha256", label: "文件校验值（SHA-256）", value: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
    expect(deleted?.detail.map((l) => l.label)).toEqual(["名称", "附件类别", "条目"]);
    expect(moved?.detail).toEqual(
      expect.arrayContaining([
        { key: "module", label: "申报模块", value: "论文著作" },
        { key: "entryId", label: "条目", value: "第二篇论文" },
        { key: "representativeMovedFrom", label: "参评标记移自", value: "第一篇论文" },
      ]),
    );
    // No raw key, code or id reaches the screen.
    const text = JSON.stringify(mine.map((e) => e.detail.map((l) => [l.label, "value" in l ? l.value : l.to])));
    expect(text).not.toMatch(/slot|entryId|PAPER_PROOF|papers|attachmentId|[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it("labels edits, codes and instants: a notice's 职称系列, 申报级别 and times", async () => {
    const { org } = await makeOrgWithPublisher(t.db);
    await t.admin.admin.notices.create({
      title: "审计措辞通知",
      body: "注意事项",
      series: "ENGINEERING",
      levels: ["JUNIOR", "SENIOR"],
      departmentId: org.department.id,
      committeeId: org.committee.id,
      startsAt: "2027-01-04T09:00",
      endsAt: "2027-01-28T17:00",
    });
    const [created] = await shownEntries({ action: "notice.create" });
    expect(created?.entity).toBe("审计措辞通知");
    expect(created?.detail).toEqual(
      expect.arrayContaining([
        { key: "series", label: "职称系列", value: "工程" },
        { key: "levels", label: "申报级别", value: "初级、正高级" },
        { key: "endsAt", label: "截止时间", value: "2027年1月28日 17:00" },
      ]),
    );
  });

  it("resolves the names of a page in a fixed number of queries, however many rows it has", async () => {
    const { org, publisherId } = await makeOrgWithPublisher(t.db);
    const { api, applicationId } = await startDraft(t.db, org, publisherId, "查询计数");
    const list = () => t.admin.admin.audit.list({ entityType: "Application", pageSize: 100 });
    const addPaper = () =>
      api.applicationForm.addEntry({ applicationId, module: "papers", data: { ...entryData.papers } });
    await addPaper();
    const before = await t.countQueries(list);
    for (let i = 0; i < 6; i++) await addPaper();
    expect(await t.countQueries(list)).toBe(before);
  });
});
