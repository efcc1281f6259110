/**
 * Every interface string, in Simplified Chinese (the default) and English. The English dictionary is
 * typed against the Chinese one, so a string missing in either language fails the typecheck.
 */
import type { Domain, Qualifier } from '../data/schema';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const zh = {
  htmlLang: 'zh-CN',
  appTitle: '法治政府建设年度报告 · 区县比较',
  appSubtitle: '每个数字都可追溯到报告原文',
  skipToMain: '跳到正文',
  mainNav: '主导航',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
  nav: { overview: '总览', data: '数据表', reports: '报告原文', present: '演示' },
  footer: '数据来自五份区县政府法治政府建设年度报告原文；人口为第七次全国人口普查数据。每个数字均可点击查看出处。',
  loading: '正在载入数据…',
  loadFailed: '数据载入失败',
  retry: '重试',
  screenError: '此页面出错了',
  backToOverview: '返回总览',
  dataHealth: (count: number) => `数据检查发现 ${count} 个问题，相关行未载入；其余数据照常显示。`,
  filters: {
    label: '筛选',
    year: '年份',
    latest: '各区最新报告',
    all: '全部年份',
    yearOption: (year: number) => `${year}年`,
    province: '省份',
    allProvinces: '全部省份',
    districts: '区县',
    perCapita: '按每万人计算',
    latestNote: '默认显示各区县最新一期报告；不同年份的报告同图比较时，图下注明。',
  },
  domains: {
    reconsideration: '行政复议',
    litigation: '行政应诉',
    mediation: '人民调解及相关渠道',
    enforcement_training: '行政执法人员',
    other: '其他',
  } satisfies Record<Domain, string>,
  qualifiers: {
    exact: '确数',
    approx: '约数（约、左右）',
    at_least: '下限（余、多、以上）',
    at_most: '上限（近、不足）',
  } satisfies Record<Qualifier, string>,
  notReported: '未报告',
  notReportedMark: '—',
  caveat: {
    mixedYears: (years: number[]) => `比较了不同年份的报告（${years.join('、')}年），跨年度排名仅供参考。`,
    note: (district: string, note: string) => `${district}：${note}`,
    hedged: (districts: string[]) => `${districts.join('、')}的数值在报告中为约数或上下限，按原文保留。`,
    census: (date: string, source: string) => `每万人数值按第七次全国人口普查常住人口（${date}）计算，来源：${source}。`,
    perCapitaUnit: (unit: string) => `${unit}/万人`,
  },
  chartText: {
    clickForSource: '点击查看原文',
    axisFrom: (unit: string, min: number) => `${unit}（横轴从 ${min} 起，不从 0 开始）`,
    perTenThousand: '每万人',
    rankingDescription: (name: string, parts: string[], gaps: string[]) =>
      `${name}，从高到低：${parts.join('，') || '无数据'}${gaps.length ? `；未报告：${gaps.join('、')}` : ''}。`,
    listSeparator: '，',
    groupSeparator: '；',
  },
  finding: {
    rate: (where: string, reported: number, recomputed: string, verdict: 'agrees' | 'truncated' | 'disagrees') =>
      `${where}：报告为 ${reported}，按分项计算为 ${recomputed}，${{ agrees: '一致', truncated: '截断（非四舍五入）时一致', disagrees: '不一致' }[verdict]}。`,
    sum: (where: string, reported: number, partsSum: number, hedged: boolean, verdict: 'subset' | 'equal' | 'below' | 'above') =>
      `${where}：总数 ${reported}，分项合计 ${partsSum}${hedged ? '（含约数）' : ''}，${{ subset: '分项大于总数，数字不自洽', equal: '分项合计与总数相符', below: '分项合计小于总数（可能有未列出的分项）', above: '分项合计大于总数，数字不自洽' }[verdict]}。`,
    where: (district: string, year: number, indicator: string) => `${district} ${year}·${indicator}`,
  },
  overview: {
    title: '总览：四类数字的区县比较',
    coverageTitle: '报告覆盖情况',
    coverageSummary: (indicators: number, percent: number) =>
      `哪个区县报告了哪项数字：共 ${indicators} 项主要指标，已报告 ${percent}%。“—”表示报告未提供该数字（不是零）。`,
    findingsTitle: '报告数字的自洽核算',
    findingsSummary: '报告同时给出比率与分项、总数与分类时，按分项重新计算。报告公布的数字照录；核算结果仅供参考。',
  },
  family: {
    moreTitle: (family: string) => `${family}的其他数字`,
    moreSummary: '以下指标多为个别区县报告，逐项列出，不作排名。点击数值查看原文。',
  },
  chart: {
    showTable: '查看数据',
    hideTable: '隐藏数据',
    noData: '所选区县均未报告此项。',
    definition: (definition: string, unit: string) => `口径：${definition}（单位：${unit}）`,
    perCapitaTitle: (name: string) => `${name}（每万人）`,
    compositionNote: '各段为该区报告的分项占其已报告分项之和的比例；未报告的分项不计入。',
    caveats: '比较说明',
    district: '区县',
    indicator: '指标',
  },
  table: {
    title: '数据表：全部收录的数字',
    domain: '类别',
    allDomains: '全部类别',
    search: '搜索',
    searchPlaceholder: '指标、原文或说明',
    indicatorChip: (name: string) => `指标：${name} ×`,
    rowCount: (count: number) => `共 ${count} 条`,
    columns: { district: '区县', year: '年份', indicator: '指标', value: '数值', unit: '单位', qualifier: '数值性质', quote: '原文摘录', note: '说明' },
  },
  panel: {
    title: '数据来源',
    close: '关闭（Esc）',
    openInReport: '在报告原文中打开',
    qualifier: '数值性质',
    note: '口径说明',
    paragraph: (n: number) => `原文段落（第 ${n} 段）`,
    recompute: '核算',
    definition: '指标定义',
    year: (year: number) => `${year}年`,
    composedTitle: '（标题为整理时所拟）',
  },
  report: {
    notFound: '未找到该报告',
    pick: '选择报告',
    composedTitle: '（原文无标题，此标题为整理时所拟）',
    summary: (place: string, code: string, year: number, paragraphs: number, figures: number) =>
      `${place}（行政区划代码 ${code}）· 数据年份 ${year} · 原文共 ${paragraphs} 段，其中 ${figures} 处数字已收录并高亮，点击可跳转到图表。原文按发布时的文字保存，网页导航、图片占位与页码以浅色显示。`,
    viewInChart: (name: string) => `${name}：在图表中查看`,
    paragraphLabel: (n: number) => `第 ${n} 段`,
    image: '［图片］',
  },
};

export type Messages = typeof zh;

const en: Messages = {
  htmlLang: 'en',
  appTitle: 'Rule-of-law government reports · district comparison',
  appSubtitle: 'Every figure traced to the report it came from',
  skipToMain: 'Skip to content',
  mainNav: 'Main navigation',
  switchLanguage: '中文',
  switchLanguageLabel: '切换到中文',
  nav: { overview: 'Overview', data: 'Data table', reports: 'Reports', present: 'Present' },
  footer:
    "Data from five district governments' annual reports on building a rule-of-law government; population from the 2020 census. Click any figure to see its source.",
  loading: 'Loading data…',
  loadFailed: 'The data could not be loaded',
  retry: 'Retry',
  screenError: 'This screen failed',
  backToOverview: 'Back to the overview',
  dataHealth: (count: number) => `The data check found ${count} problem(s); those rows were not loaded, everything else is shown.`,
  filters: {
    label: 'Filters',
    year: 'Year',
    latest: "Each district's latest report",
    all: 'All years',
    yearOption: (year: number) => String(year),
    province: 'Province',
    allProvinces: 'All provinces',
    districts: 'Districts',
    perCapita: 'Per 10,000 residents',
    latestNote: "By default each district's latest report is shown; a chart that puts different years side by side says so below it.",
  },
  domains: {
    reconsideration: 'Administrative reconsideration',
    litigation: 'Administrative litigation',
    mediation: "People's mediation and related channels",
    enforcement_training: 'Enforcement staff',
    other: 'Other',
  },
  qualifiers: {
    exact: 'Exact',
    approx: 'Approximate (约, 左右)',
    at_least: 'Lower bound (余, 多, 以上)',
    at_most: 'Upper bound (近, 不足)',
  },
  notReported: 'not reported',
  notReportedMark: '—',
  caveat: {
    mixedYears: (years: number[]) => `Reports of different years are compared (${years.join(', ')}); a ranking across years is indicative only.`,
    note: (district: string, note: string) => `${district}: ${note}`,
    hedged: (districts: string[]) => `${districts.join(', ')}: the report gives an approximate figure or a bound, kept as written.`,
    census: (date: string, source: string) => `Per 10,000 residents, using the 2020 census resident population (${date}); source: ${source}.`,
    perCapitaUnit: (unit: string) => `${unit} per 10k residents`,
  },
  chartText: {
    clickForSource: 'Click to see the source',
    axisFrom: (unit: string, min: number) => `${unit} (axis starts at ${min}, not 0)`,
    perTenThousand: 'per 10,000 residents',
    rankingDescription: (name: string, parts: string[], gaps: string[]) =>
      `${name}, highest first: ${parts.join(', ') || 'no data'}${gaps.length ? `; not reported: ${gaps.join(', ')}` : ''}.`,
    listSeparator: ', ',
    groupSeparator: '; ',
  },
  finding: {
    rate: (where: string, reported: number, recomputed: string, verdict: 'agrees' | 'truncated' | 'disagrees') =>
      `${where}: reported ${reported}, recomputed from its parts ${recomputed}: ${{ agrees: 'agrees', truncated: 'agrees only if truncated instead of rounded', disagrees: 'does not agree' }[verdict]}.`,
    sum: (where: string, reported: number, partsSum: number, hedged: boolean, verdict: 'subset' | 'equal' | 'below' | 'above') =>
      `${where}: total ${reported}, parts sum to ${partsSum}${hedged ? ' (approximate figures)' : ''}: ${{ subset: 'a part exceeds its total, the figures do not add up', equal: 'the parts add up', below: 'the parts cover part of the total (other parts may not be listed)', above: 'the parts exceed the total, the figures do not add up' }[verdict]}.`,
    where: (district: string, year: number, indicator: string) => `${district} ${year} · ${indicator}`,
  },
  overview: {
    title: 'Overview: the four families compared across districts',
    coverageTitle: 'What each report covers',
    coverageSummary: (indicators: number, percent: number) =>
      `Which district reports which figure: ${indicators} main indicators, ${percent}% reported. “—” means the report does not give the figure (not zero).`,
    findingsTitle: "Checking the reports' figures against each other",
    findingsSummary: 'Where a report gives a rate and its parts, or a total and its breakdown, they are recomputed. Published figures are shown as published; the recomputation is for reference.',
  },
  family: {
    moreTitle: (family: string) => `Other figures: ${family}`,
    moreSummary: 'Most of these are given by one district only, so they are listed, not ranked. Click a value to see its source.',
  },
  chart: {
    showTable: 'Show data',
    hideTable: 'Hide data',
    noData: 'None of the selected districts reports this figure.',
    definition: (definition: string, unit: string) => `Definition: ${definition} (unit: ${unit})`,
    perCapitaTitle: (name: string) => `${name} (per 10,000 residents)`,
    compositionNote: "Each segment is a part's share of the sum of the parts that district reports; parts not reported are left out.",
    caveats: 'Comparability notes',
    district: 'District',
    indicator: 'Indicator',
  },
  table: {
    title: 'Data table: every curated figure',
    domain: 'Family',
    allDomains: 'All families',
    search: 'Search',
    searchPlaceholder: 'indicator, quote or note',
    indicatorChip: (name: string) => `Indicator: ${name} ×`,
    rowCount: (count: number) => `${count} rows`,
    columns: { district: 'District', year: 'Year', indicator: 'Indicator', value: 'Value', unit: 'Unit', qualifier: 'Qualifier', quote: 'Quote', note: 'Note' },
  },
  panel: {
    title: 'Source',
    close: 'Close (Esc)',
    openInReport: 'Open in the report',
    qualifier: 'Qualifier',
    note: 'How this report counts',
    paragraph: (n: number) => `Paragraph ${n} of the report`,
    recompute: 'Recomputed',
    definition: 'Definition',
    year: (year: number) => String(year),
    composedTitle: ' (title composed by the curators)',
  },
  report: {
    notFound: 'Report not found',
    pick: 'Choose a report',
    composedTitle: ' (the source has no title; this one was composed by the curators)',
    summary: (place: string, code: string, year: number, paragraphs: number, figures: number) =>
      `${place} (admin code ${code}) · figures for ${year} · ${paragraphs} paragraphs, ${figures} curated figures highlighted; click one to go to its chart. The text is kept exactly as published; web-page chrome, image placeholders and page numbers are shown in grey.`,
    viewInChart: (name: string) => `${name}: view in its chart`,
    paragraphLabel: (n: number) => `Paragraph ${n}`,
    image: '[image]',
  },
};

export const MESSAGES: Record<Lang, Messages> = { zh, en };
