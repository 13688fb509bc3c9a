import { randomUUID } from "node:crypto";
import type { AttachmentSlot, PrismaClient } from "../../src/generated/prisma/client";
import { shanghaiToday } from "../../src/lib/application-form/fields";
import { assessmentYears } from "../../src/lib/application-form/modules";
import { idCardCheckChar } from "../../src/lib/validation/id-card";
import { patentCheckChar } from "../../src/lib/validation/patent-number";
import { assessmentData, expertData, textData, twoExpertsBasicInfo } from "../../tests/fixtures/application-form-data";

/** One seeded applicant: whom to sign in as, which application to load, which paper to re-save. */
/** The i-th patent of a seeded application: a valid number (数据验证信息 checks its check character). */
function patentNumberOf(i: number): string {
  const digits = `2019100${String(i).padStart(5, "0")}`;
  return `ZL${digits}.${patentCheckChar(digits)}`;
}

export type BenchApplicant = { userId: string; applicationId: string; paperId: string };

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * `count` applicants under one notice, each bound to the unit, with a draft holding every section
 * and `perModule` entries in every entry module (two 破格推荐专家, the most allowed) and the file rows
 * 数据验证信息 asks for (the photo, the four materials, each expert's 推荐意见表, a proof of each 参评
 * entry: rows only, no bytes — 提交 reads rows), so every draft passes validation and can be
 * submitted. Written with createMany so seeding stays a small part of the run.
 */
export async function seedApplicants(db: PrismaClient, count: number, perModule: number): Promise<BenchApplicant[]> {
  const department = await db.department.create({ data: { name: "压测主管部门" } });
  const committee = await db.reviewCommittee.create({
    data: { name: "压测评委会", series: "ENGINEERING", departmentId: department.id },
  });
  const unit = await db.unit.create({
    data: { name: "压测单位", creditCode: "91220101MA00000017", departmentId: department.id },
  });
  const publisher = await db.user.create({ data: { name: "通知起草人" } });
  const startsAt = new Date(Date.now() - 86400_000);
  const notice = await db.notice.create({
    data: {
      title: "压测申报通知",
      body: "申报注意事项",
      series: "ENGINEERING",
      levels: ["INTERMEDIATE", "SUB_SENIOR"],
      departmentId: department.id,
      committeeId: committee.id,
      startsAt,
      endsAt: new Date(Date.now() + 30 * 86400_000),
      status: "PUBLISHED",
      publishedAt: startsAt,
      createdById: publisher.id,
    },
  });
  const years = assessmentYears(Number(shanghaiToday(startsAt).slice(0, 4)));
  const unitSnapshot = { id: unit.id, name: unit.name, creditCode: unit.creditCode, departmentName: department.name };

  const applicants: BenchApplicant[] = [];
  for (let n = 0; n < count; n++) {
    const first17 = `22010219850101${String(n).padStart(3, "0")}`;
    const idCardNumber = first17 + idCardCheckChar(first17);
    const user = await db.user.create({
      data: { name: `压测申报人${n}`, idCardNumber, mobile: "13800138000", ssoSubject: `bench-${n}` },
    });
    await db.unitBinding.create({
      data: { userId: user.id, unitId: unit.id, status: "APPROVED", decidedAt: startsAt },
    });
    const application = await db.application.create({
      data: { applicantId: user.id, noticeId: notice.id, unitId: unit.id, unitSnapshot },
    });
    const applicationId = application.id;
    const rows = Array.from({ length: perModule }, (_, i) => i);
    const paperIds = rows.map(() => randomUUID());

    await db.applicationSection.createMany({
      data: [
        {
          applicationId,
          module: "basicInfo",
          data: { ...twoExpertsBasicInfo, name: user.name, idCardNumber },
        },
        { applicationId, module: "continuingEducation", data: { hours: 120 } },
        { applicationId, module: "annualAssessment", data: assessmentData(years) },
        ...["innovation", "industryRecognition", "grassrootsService", "otherAchievements"].map((module) => ({
          applicationId,
          module,
          data: textData,
        })),
      ],
    });
    await db.exceptionalExpert.createMany({
      data: [1, 2].map((slot) => ({ ...expertData, applicationId, slot, name: `专家${slot}` })),
    });
    await db.educationEntry.createMany({
      data: rows.map((i) => ({
        applicationId,
        startDate: day("2003-09-01"),
        endDate: day("2007-07-01"),
        school: `大学${i}`,
        major: "电气工程",
        educationLevel: "BACHELOR",
        degree: "BACHELOR",
        studyMode: "FULL_TIME",
        evaluationSlot: i < 2 ? i + 1 : null,
      })),
    });
    await db.workExperienceEntry.createMany({
      data: rows.map((i) => ({
        applicationId,
        startDate: day("2008-07-01"),
        employer: `单位${i}`,
        post: "技术员",
        duties: "运行维护",
      })),
    });
    await db.paperEntry.createMany({
      data: rows.map((i) => ({
        id: paperIds[i],
        applicationId,
        title: `论文${i}`,
        publisher: "电力系统自动化",
        publishedOn: day("2020-05-01"),
        issnIsbn: "1000-1026",
        authorRank: 1,
        isRepresentative: i === 0,
      })),
    });
    await db.projectEntry.createMany({
      data: rows.map((i) => ({
        applicationId,
        name: `项目${i}`,
        level: "PROVINCIAL",
        funding: 12.5,
        role: "LEADER",
        startDate: day("2019-01-01"),
        endDate: day("2020-12-31"),
        isRepresentative: i === 0,
      })),
    });
    await db.patentEntry.createMany({
      data: rows.map((i) => ({
        applicationId,
        category: "INVENTION",
        name: `专利${i}`,
        patentNumber: patentNumberOf(i),
        grantedOn: day("2021-03-01"),
        rank: 1,
        isRepresentative: i === 0,
      })),
    });
    await db.workReportEntry.createMany({
      data: rows.map((i) => ({
        applicationId,
        reportedOn: day("2022-01-10"),
        title: `报告${i}`,
        summary: "全年设备运行分析。",
        isRepresentative: i === 0,
      })),
    });
    await db.honorEntry.createMany({
      data: rows.map((i) => ({
        applicationId,
        name: `奖励${i}`,
        level: "PROVINCIAL",
        grantor: "省科学技术厅",
        grantedOn: day("2021-12-01"),
        rank: 1,
        isRepresentative: i === 0,
      })),
    });
    await db.punishmentEntry.createMany({
      data: rows.map((i) => ({
        applicationId,
        level: "WARNING",
        name: `处分${i}`,
        punishedOn: day("2016-01-01"),
        issuer: "测试单位",
      })),
    });
    await seedFileRows(db, user.id, applicationId);
    applicants.push({ userId: user.id, applicationId, paperId: paperIds[perModule - 1] });
  }
  return applicants;
}

/** The Attachment rows of a submittable draft: application-wide slots, experts, and each 参评 entry's proof. */
async function seedFileRows(db: PrismaClient, ownerId: string, applicationId: string) {
  const representative = { applicationId, isRepresentative: true };
  const select = { select: { id: true } };
  const [experts, educations, papers, projects, patents, workReports, honors] = await Promise.all([
    db.exceptionalExpert.findMany({ where: { applicationId }, ...select }),
    db.educationEntry.findMany({ where: { applicationId, evaluationSlot: { not: null } }, ...select }),
    db.paperEntry.findMany({ where: representative, ...select }),
    db.projectEntry.findMany({ where: representative, ...select }),
    db.patentEntry.findMany({ where: representative, ...select }),
    db.workReportEntry.findMany({ where: representative, ...select }),
    db.honorEntry.findMany({ where: representative, ...select }),
  ]);
  const slots: [AttachmentSlot, { id: string }[] | null][] = [
    ["PHOTO", null],
    ["ID_CARD_FRONT", null],
    ["ID_CARD_BACK", null],
    ["CHSI_REPORT", null],
    ["UNIT_PUBLICITY", null],
    ["EXPERT_ATTACHMENT", experts],
    ["EDUCATION_PROOF", educations],
    ["PAPER_PROOF", papers],
    ["PROJECT_PROOF", projects],
    ["PATENT_PROOF", patents],
    ["WORK_REPORT_PROOF", workReports],
    ["HONOR_PROOF", honors],
  ];
  const row = (slot: AttachmentSlot, entryId: string | null) => ({
    applicationId,
    ownerId,
    slot,
    entryId,
    originalName: "证明.pdf",
    mimeType: "application/pdf",
    size: 1024,
    sha256: "0".repeat(64),
    storageBackend: "local",
    storageKey: `bench/${randomUUID()}`,
  });
  await db.attachment.createMany({
    data: slots.flatMap(([slot, entries]) => (entries ? entries.map((e) => row(slot, e.id)) : [row(slot, null)])),
  });
}
