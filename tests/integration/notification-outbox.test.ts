import { describe, expect, it } from "vitest";
import { renderNotification } from "@/lib/notifications/wording";
import { enqueueNotifications, type OutgoingNotification } from "@/server/domain/notifications/enqueue-notifications";
import { roleHolderIds } from "@/server/domain/notifications/role-holders";
import { stageReviewerIds } from "@/server/domain/notifications/stage-reviewers";
import { startDraft } from "../helpers/application-form";
import { grant, makeOrg, makeUser } from "../helpers/fixtures";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb(
  async (db) => {
    const [home, other] = [await makeOrg(db), await makeOrg(db)];
    const publisherId = (await makeUser(db, "通知起草人")).id;
    const draft = await startDraft(db, home, publisherId, "孙申报");
    return { home, other, publisherId, draft };
  },
  { countQueries: true },
);

const returnedParams = {
  noticeTitle: "2026年度工程系列职称评审",
  stage: "UNIT_REVIEW",
  opinion: "论文证明不清晰",
  modules: ["论文著作"],
} as const;

const returned = (recipientId: string, applicationId?: string): OutgoingNotification => ({
  kind: "APPLICATION_RETURNED",
  recipientId,
  applicationId,
  link: applicationId ? `/hall/applications/${applicationId}` : undefined,
  params: returnedParams,
});

async function messagesOf(recipientId: string) {
  return t.db.notification.findMany({ where: { recipientId }, include: { deliveries: true } });
}

describe("messages are written with the transition that causes them", () => {
  it("a committed transaction leaves the message, worded from the table, and one SMS delivery", async () => {
    const person = await makeUser(t.db, "周退回");
    await t.db.$transaction(async (tx) => {
      await tx.auditLog.create({ data: { action: "test.transition", entityType: "Test", entityId: person.id } });
      await enqueueNotifications(tx, [returned(person.id, t.draft.applicationId)]);
    });
    const [message] = await messagesOf(person.id);
    expect(message).toMatchObject({
      kind: "APPLICATION_RETURNED",
      ...renderNotification("APPLICATION_RETURNED", returnedParams),
      applicationId: t.draft.applicationId,
      link: `/hall/applications/${t.draft.applicationId}`,
      readAt: null,
    });
    expect(message.title).toBe("您的职称申报在推荐单位审核阶段被退回");
    expect(message.body).toContain("退回意见：论文证明不清晰");
    expect(message.body).toContain("论文著作");
    expect(message.deliveries).toEqual([
      expect.objectContaining({ channel: "SMS", destination: person.mobile, status: "PENDING", attempts: 0 }),
    ]);
  });

  it("a rolled-back transaction leaves neither the message nor its delivery", async () => {
    const person = await makeUser(t.db, "吴回滚");
    const failure = new Error("the transition's conditional update found the application changed");
    await expect(
      t.db.$transaction(async (tx) => {
        await enqueueNotifications(tx, [returned(person.id)]);
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await messagesOf(person.id)).toEqual([]);
    expect(await t.db.notificationDelivery.count({ where: { notification: { recipientId: person.id } } })).toBe(0);
  });

  it("a person without a mobile number gets the message in the centre and no outside delivery", async () => {
    const person = await t.db.user.create({ data: { name: "郑无手机" } });
    await t.db.$transaction((tx) => enqueueNotifications(tx, [returned(person.id)]));
    const [message] = await messagesOf(person.id);
    expect(message.deliveries).toEqual([]);
  });

  it("many messages cost three statements, whatever their number", async () => {
    const people = await Promise.all(["甲", "乙", "丙", "丁"].map((n) => makeUser(t.db, n)));
    const statements = await t.db.$transaction((tx) =>
      t.countQueries(() =>
        enqueueNotifications(
          tx,
          people.map((p) => returned(p.id)),
        ),
      ),
    );
    // The recipients' mobiles, the messages, the deliveries.
    expect(statements).toBe(3);
    expect(
      await t.db.notificationDelivery.count({
        where: { notification: { recipientId: { in: people.map((p) => p.id) } } },
      }),
    ).toBe(4);
  });

  it("a link must be a path of this app: the database refuses an outside address", async () => {
    const person = await makeUser(t.db, "冯链接");
    for (const link of ["https://evil.example/", "//evil.example/x", "/\\evil.example"]) {
      await expect(
        t.db.$transaction((tx) => enqueueNotifications(tx, [{ ...returned(person.id), link }])),
      ).rejects.toThrow(/notification_link_is_app_path/);
    }
    expect(await messagesOf(person.id)).toEqual([]);
  });
});

describe("addressing the reviewers of a stage", () => {
  it("reaches the active reviewers of the application's unit, department and committee, and nobody of another organisation", async () => {
    const { home, other, draft } = t;
    const person = async (name: string, role: Parameters<typeof grant>[2], scope: Parameters<typeof grant>[3]) => {
      const user = await makeUser(t.db, name);
      await grant(t.db, user.id, role, scope);
      return user.id;
    };
    const unitReviewer = await person("本单位审核人", "UNIT_REVIEWER", { unitId: home.unit.id });
    const secondUnitReviewer = await person("本单位审核人二", "UNIT_REVIEWER", { unitId: home.unit.id });
    await person("外单位审核人", "UNIT_REVIEWER", { unitId: other.unit.id });
    const deptReviewer = await person("本部门审核人", "DEPT_REVIEWER", { departmentId: home.department.id });
    await person("外部门审核人", "DEPT_REVIEWER", { departmentId: other.department.id });
    const member = await person("本评委会成员", "COMMITTEE_MEMBER", { committeeId: home.committee.id });
    await person("外评委会成员", "COMMITTEE_MEMBER", { committeeId: other.committee.id });
    const revoked = await person("已撤销审核人", "UNIT_REVIEWER", { unitId: home.unit.id });
    await t.db.roleAssignment.updateMany({ where: { userId: revoked }, data: { revokedAt: new Date() } });
    // A department reviewer of the home department is not a unit reviewer of its units.
    expect((await stageReviewerIds(t.db, "UNIT_REVIEW", draft.applicationId)).sort()).toEqual(
      [unitReviewer, secondUnitReviewer].sort(),
    );
    expect(await stageReviewerIds(t.db, "DEPT_REVIEW", draft.applicationId)).toEqual([deptReviewer]);
    expect(await stageReviewerIds(t.db, "COMMITTEE_REVIEW", draft.applicationId)).toEqual([member]);
    expect((await roleHolderIds(t.db, "UNIT_REVIEWER", home.unit.id)).sort()).toEqual(
      [unitReviewer, secondUnitReviewer].sort(),
    );
  });

  it("is one statement, and an unknown application has no reviewers", async () => {
    const statements = await t.countQueries(() => stageReviewerIds(t.db, "DEPT_REVIEW", t.draft.applicationId));
    expect(statements).toBe(1);
    expect(await stageReviewerIds(t.db, "UNIT_REVIEW", "00000000-0000-4000-8000-000000000000")).toEqual([]);
  });
});
