import type { DictionaryItem } from "./index";

/**
 * Dictionaries of the application form (信息填报). Codes are what the database stores; labels are
 * what people read. Ethnicities follow GB/T 3304 codes.
 */
const list = <C extends string>(items: readonly (readonly [C, string])[]): DictionaryItem<C>[] =>
  items.map(([code, label]) => ({ code, label }));

export const genders = list([
  ["M", "男"],
  ["F", "女"],
] as const);

export const ethnicities = list(
  [
    "汉族",
    "蒙古族",
    "回族",
    "藏族",
    "维吾尔族",
    "苗族",
    "彝族",
    "壮族",
    "布依族",
    "朝鲜族",
    "满族",
    "侗族",
    "瑶族",
    "白族",
    "土家族",
    "哈尼族",
    "哈萨克族",
    "傣族",
    "黎族",
    "傈僳族",
    "佤族",
    "畲族",
    "高山族",
    "拉祜族",
    "水族",
    "东乡族",
    "纳西族",
    "景颇族",
    "柯尔克孜族",
    "土族",
    "达斡尔族",
    "仫佬族",
    "羌族",
    "布朗族",
    "撒拉族",
    "毛南族",
    "仡佬族",
    "锡伯族",
    "阿昌族",
    "普米族",
    "塔吉克族",
    "怒族",
    "乌孜别克族",
    "俄罗斯族",
    "鄂温克族",
    "德昂族",
    "保安族",
    "裕固族",
    "京族",
    "塔塔尔族",
    "独龙族",
    "鄂伦春族",
    "赫哲族",
    "门巴族",
    "珞巴族",
    "基诺族",
  ].map((label, i) => [String(i + 1).padStart(2, "0"), label] as const),
);

export const politicalStatuses = list([
  ["01", "中共党员"],
  ["02", "中共预备党员"],
  ["03", "共青团员"],
  ["04", "民革党员"],
  ["05", "民盟盟员"],
  ["06", "民建会员"],
  ["07", "民进会员"],
  ["08", "农工党党员"],
  ["09", "致公党党员"],
  ["10", "九三学社社员"],
  ["11", "台盟盟员"],
  ["12", "无党派人士"],
  ["13", "群众"],
] as const);

/** 学历 */
export const educationLevels = list([
  ["DOCTOR", "博士研究生"],
  ["MASTER", "硕士研究生"],
  ["BACHELOR", "大学本科"],
  ["JUNIOR_COLLEGE", "大学专科"],
  ["SECONDARY", "中等专科"],
  ["HIGH_SCHOOL", "高中"],
  ["OTHER", "其他"],
] as const);

/** 学位 */
export const degrees = list([
  ["DOCTOR", "博士"],
  ["MASTER", "硕士"],
  ["BACHELOR", "学士"],
  ["NONE", "无"],
] as const);

/** 教育方式 */
export const studyModes = list([
  ["FULL_TIME", "全日制"],
  ["PART_TIME", "非全日制"],
  ["CORRESPONDENCE", "函授"],
  ["EVENING", "业余"],
  ["SELF_STUDY_EXAM", "自学考试"],
  ["ONLINE", "网络教育"],
  ["OTHER", "其他"],
] as const);

/** 年度考核结果 */
export const assessmentResults = list([
  ["EXCELLENT", "优秀"],
  ["PASS", "合格"],
  ["BASIC_PASS", "基本合格"],
  ["FAIL", "不合格"],
  ["NOT_ASSESSED", "未参加考核"],
] as const);

/** 专利类别 */
export const patentCategories = list([
  ["INVENTION", "发明专利"],
  ["UTILITY_MODEL", "实用新型专利"],
  ["DESIGN", "外观设计专利"],
] as const);

/** 处分级别 */
export const punishmentLevels = list([
  ["WARNING", "警告"],
  ["DEMERIT", "记过"],
  ["MAJOR_DEMERIT", "记大过"],
  ["DEMOTION", "降级"],
  ["DISMISSAL_FROM_POST", "撤职"],
  ["EXPULSION", "开除"],
] as const);

/** 荣誉级别 and 项目来源/级别 */
export const honorLevels = list([
  ["NATIONAL", "国家级"],
  ["PROVINCIAL", "省部级"],
  ["MUNICIPAL", "市厅级"],
  ["COUNTY", "县处级"],
  ["UNIT", "单位级"],
] as const);

export const projectLevels = list([
  ["NATIONAL", "国家级"],
  ["PROVINCIAL", "省部级"],
  ["MUNICIPAL", "市厅级"],
  ["ENTERPRISE", "企业委托/横向"],
  ["OTHER", "其他"],
] as const);

/** 本人在项目中的角色 */
export const projectRoles = list([
  ["LEADER", "负责人"],
  ["MAJOR", "主要参与人"],
  ["MEMBER", "参与人"],
] as const);

/** 申报类别 */
export const applicationCategories = list([
  ["NORMAL", "正常申报"],
  ["EXCEPTIONAL", "破格"],
] as const);

/** 破格类别 */
export const exceptionalCategories = list([
  ["TWO_EXPERTS", "两名专家推荐破格"],
  ["OUTSTANDING_ACHIEVEMENT", "业绩成果突出破格"],
  ["QUALIFICATION", "学历资历破格"],
] as const);

export const TWO_EXPERTS = "TWO_EXPERTS";
