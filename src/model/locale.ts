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

/** A counting unit as the interface shows it; 万元 reads as million yuan in English (values are converted). */
export function unitLabel(unit: string, lang: Lang): string {
  return lang === 'en' ? (UNITS_EN[unit] ?? unit) : unit;
}

/** The factor that turns a value in `unit` into the unit shown: 万元 → million yuan divides by 100. */
export function unitFactor(unit: string, lang: Lang): number {
  return lang === 'en' && unit === '万元' ? 0.01 : 1;
}
