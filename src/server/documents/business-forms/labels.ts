import "server-only";

/**
 * Wording of the 业务表册 that is not a field's label (those come from the form's field lists and
 * dictionaries), in one place so it can be reviewed as a whole.
 */
export const businessFormText = {
  publicityTitle: "专业技术资格评审材料公示表",
  noticeSource: "申报通知名称",
  empty: "—",
  none: "无",
  yes: "是",
  no: "否",
  untilNow: "至今",
  period: "起止时间",
  workUnit: "工作单位",
  series: "申报系列",
  committee: "评审委员会",
  assessmentYear: (year: number) => `${year}年度`,
  hours: (hours: unknown) => `${hours} 学时`,
  entriesCount: (heading: string, count: number) => `${heading}（共填报 ${count} 项）`,
  representative: {
    papers: "代表性论文著作",
    projects: "主要科研项目",
    patents: "主要专利",
    workReports: "代表性工作报告",
    honors: "代表性荣誉奖励",
  },
  achievements: "业绩摘要",
  exceptionalCategoryText: (category: string, exceptional: string) => `${category}（${exceptional}）`,
  evaluationEducation: "参评学历",
  mainAchievements: "主要业绩成果",
  experts: "推荐专家",
  expert: (name: string, title: string, employer: string) => `${name}（${title}，${employer}）`,
  detail: (label: string, value: string) => `${label}：${value}`,
  graduated: (date: string) => `${date}毕业`,
  publicityPeriod: "公示时间",
  publicityPeriodBlank: "自　　　　年　　月　　日　至　　　　年　　月　　日（不少于5个工作日）",
  publicityResult: "公示结果",
  publicityResultChoices: "□ 无异议　　　　□ 有异议（异议内容及处理情况另附）",
  unitOpinion: "推荐单位意见",
  signature: ["负责人签字：　　　　　　　　　　单位盖章", "年　　月　　日"],
  publicityNotes: [
    "注：1. 本表由推荐单位在本单位醒目位置或内部网站公示，公示期不少于5个工作日。",
    "　　2. 对公示内容有异议的，请在公示期内以书面形式向推荐单位人事（职称）部门反映，并提供必要的证据。",
    "　　3. 公示结束后，由单位负责人签字并加盖单位公章，作为「单位公示表」上传至申报系统。",
  ],
} as const;
