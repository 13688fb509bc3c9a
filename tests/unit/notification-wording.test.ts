import { describe, expect, it } from "vitest";
import { NotificationKind } from "@/generated/prisma/enums";
import { notificationWording, renderNotification } from "@/lib/notifications/wording";

describe("what the messages say", () => {
  it("tells the applicant which stage passed the application on, and where it goes next", () => {
    expect(renderNotification("APPLICATION_PASSED", { noticeTitle: "2026年度工程系列", stage: "UNIT_REVIEW" })).toEqual(
      {
        title: "您的职称申报已通过推荐单位审核",
        body: "您申报的《2026年度工程系列》已通过推荐单位审核，进入主管部门审核。",
      },
    );
    expect(
      renderNotification("APPLICATION_PASSED", {
        noticeTitle: "2026年度工程系列",
        stage: "DEPT_REVIEW",
        opinion: " 材料齐全 ",
      }).body,
    ).toBe("您申报的《2026年度工程系列》已通过主管部门审核，进入评委会评审。审核意见：材料齐全");
  });

  it("gives a returned applicant the opinion and the modules to change, and a terminated one the reason", () => {
    const returned = renderNotification("APPLICATION_RETURNED", {
      noticeTitle: "2026年度工程系列",
      stage: "DEPT_REVIEW",
      opinion: "论文检索证明缺失",
      modules: ["论文著作", "材料附件信息"],
    });
    expect(returned.title).toBe("您的职称申报在主管部门审核阶段被退回");
    expect(returned.body).toBe(
      "您申报的《2026年度工程系列》在主管部门审核阶段被退回。退回意见：论文检索证明缺失。请修改以下内容后重新提交：论文著作、材料附件信息。",
    );
    const terminated = renderNotification("APPLICATION_TERMINATED", {
      noticeTitle: "2026年度工程系列",
      stage: "UNIT_REVIEW",
      reason: "不符合申报条件",
    });
    expect(terminated.body).toBe("您申报的《2026年度工程系列》未通过推荐单位审核，已终止审核。理由：不符合申报条件");
  });

  it("tells reviewers who arrived in their queue, and who resubmitted", () => {
    expect(
      renderNotification("REVIEW_ARRIVED", {
        noticeTitle: "2026年度工程系列",
        applicantName: "张明",
        stage: "DEPT_REVIEW",
      }),
    ).toEqual({
      title: "新的待审核申报：张明",
      body: "张明申报的《2026年度工程系列》已进入主管部门审核，请及时审核。",
    });
    expect(
      renderNotification("REVIEW_RESUBMITTED", {
        noticeTitle: "2026年度工程系列",
        applicantName: "张明",
        stage: "UNIT_REVIEW",
      }).title,
    ).toBe("申报已重新提交：张明");
  });

  it("words every kind of the database, and has a short label for each, all different", () => {
    expect(Object.keys(notificationWording).sort()).toEqual(Object.values(NotificationKind).sort());
    const labels = Object.values(notificationWording).map((w) => w.label);
    expect(labels.every((l) => l.length > 0 && l.length <= 6)).toBe(true);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
