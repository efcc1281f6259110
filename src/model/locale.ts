/** Reading data in the interface language: names, definitions, notes, districts and units. */
import type { Indicator, Observation, Report } from '../data/dataset';
import type { Lang } from '../i18n/messages';

/** The indicator's name in the interface language. */
export function indicatorName(indicator: Indicator, lang: Lang): string {
  return lang === 'en' ? indicator.nameEn : indicator.nameZh;
}

/** The indicator's definition in the interface language. */
export function indicatorDefinition(indicator: Indicator, lang: Lang): string {
  return lang === 'en' ? indicator.definitionEn : indicator.definitionZh;
}

/** The district's name: Chinese characters, or pinyin in English. */
export function districtName(report: Report, lang: Lang): string {
  return lang === 'en' ? report.districtEn : report.district;
}

/** The 34 provincial-level divisions in English, as the central government's English site names them. */
const PROVINCES_EN: Record<string, string> = {
  北京市: 'Beijing', 天津市: 'Tianjin', 河北省: 'Hebei', 山西省: 'Shanxi', 内蒙古自治区: 'Inner Mongolia',
  辽宁省: 'Liaoning', 吉林省: 'Jilin', 黑龙江省: 'Heilongjiang', 上海市: 'Shanghai', 江苏省: 'Jiangsu',
  浙江省: 'Zhejiang', 安徽省: 'Anhui', 福建省: 'Fujian', 江西省: 'Jiangxi', 山东省: 'Shandong', 河南省: 'Henan',
  湖北省: 'Hubei', 湖南省: 'Hunan', 广东省: 'Guangdong', 广西壮族自治区: 'Guangxi', 海南省: 'Hainan',
  重庆市: 'Chongqing', 四川省: 'Sichuan', 贵州省: 'Guizhou', 云南省: 'Yunnan', 西藏自治区: 'Tibet',
  陕西省: 'Shaanxi', 甘肃省: 'Gansu', 青海省: 'Qinghai', 宁夏回族自治区: 'Ningxia',
  新疆维吾尔自治区: 'Xinjiang', 台湾省: 'Taiwan', 香港特别行政区: 'Hong Kong', 澳门特别行政区: 'Macao',
};

/** A province's name: as the data gives it, or in English (a name not in the list stays as given). */
export function provinceName(province: string, lang: Lang): string {
  return lang === 'en' ? (PROVINCES_EN[province] ?? province) : province;
}

/** The observation's note in the interface language, falling back to whichever language it has. */
export function noteOf(observation: Observation, lang: Lang): string {
  return lang === 'en' ? observation.note || observation.noteZh : observation.noteZh || observation.note;
}

const UNITS_EN: Record<string, string> = {
  件: 'cases', 宗: 'cases', 起: 'cases', 人: 'persons', 名: 'persons', 人次: 'person-times', 个: 'units',
  家: 'organisations', 次: 'times', 场: 'events', 场次: 'events', 期: 'sessions', 批: 'batches', 份: 'items',
  项: 'items', 条: 'items', 部: 'items', 台: 'devices', 张: 'sheets', 支: 'teams', 分: 'points', 天: 'days',
  小时: 'hours', 户: 'households', 户次: 'household-times', 万元: 'million yuan', '%': '%',
};

/** The English units in the singular, for a count of one ("1 case", not "1 cases"). */
const ONE_EN: Record<string, string> = {
  cases: 'case', persons: 'person', 'person-times': 'person-time', units: 'unit', organisations: 'organisation',
  times: 'time', events: 'event', sessions: 'session', batches: 'batch', items: 'item', devices: 'device',
  sheets: 'sheet', teams: 'team', points: 'point', days: 'day', hours: 'hour', households: 'household',
  'household-times': 'household-time',
};

/**
 * A counting unit as the interface shows it; 万元 reads as million yuan in English (values are converted).
 * Given the figure it counts, a figure of exactly one takes the singular in English.
 */
export function unitLabel(unit: string, lang: Lang, count?: number): string {
  if (lang !== 'en') return unit;
  const label = UNITS_EN[unit] ?? unit;
  return count === 1 ? (ONE_EN[label] ?? label) : label;
}

/** The factor that turns a value in `unit` into the unit shown: 万元 → million yuan divides by 100. */
export function unitFactor(unit: string, lang: Lang): number {
  return lang === 'en' && unit === '万元' ? 0.01 : 1;
}
