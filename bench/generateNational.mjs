/**
 * Writes the synthetic national dataset of the benchmark: the same four CSV files and sources/*.txt as the
 * curated data in data/, for 2,850 invented county-level units in 31 provinces over 6 years and 40
 * indicators. A fixed seed makes it identical on every machine; it passes `npm run validate:data -- --dir`.
 *
 *   node bench/generateNational.mjs [--dir DIR] [--seed N] [--districts N]
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { INDICATOR_IDS, quoteOf, reportFigures } from './nationalFigures.mjs';
import { buildDistricts, createRandom } from './nationalPlaces.mjs';

export const DEFAULT_SEED = 20240611;
export const DEFAULT_DISTRICTS = 2850;
export const YEARS = [2018, 2019, 2020, 2021, 2022, 2023];
export const DEFAULT_DIR = join(tmpdir(), 'fazhi-bench', 'national');
const GENERATOR_VERSION = 2;

// The paragraph each family's figures go in, and the sentence that opens it.
const SECTIONS = [
  ['reconsideration', '一、依法化解行政争议，发挥行政复议主渠道作用。全年'],
  ['litigation', '二、规范行政应诉工作，支持法院依法受理和审理行政案件。全年'],
  ['mediation', '三、推进矛盾纠纷多元化解，深化人民调解工作。全年'],
  ['enforcement', '四、加强行政执法队伍建设，全面推行行政执法三项制度。全年'],
];
const FILLER = [
  '坚持以习近平法治思想为指导，全面贯彻落实党中央、国务院关于法治政府建设的决策部署，现将有关情况报告如下。',
  '下一步，我们将继续深入推进依法行政，加快建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。',
];

function csvField(value) {
  const text = String(value ?? '');
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(fields) {
  return `${fields.map(csvField).join(',')}\n`;
}

/** The 40 rows of the curated indicator dictionary the benchmark uses, unchanged. */
function indicatorsCsv(curatedDir) {
  const parsed = Papa.parse(readFileSync(join(curatedDir, 'indicators.csv'), 'utf8'), { header: true, skipEmptyLines: true });
  const byId = new Map(parsed.data.map((row) => [row.indicator_id, row]));
  const missing = INDICATOR_IDS.filter((id) => !byId.has(id));
  if (missing.length > 0) throw new Error(`indicators missing from the curated dictionary: ${missing.join(', ')}`);
  return Papa.unparse({ fields: parsed.meta.fields, data: INDICATOR_IDS.map((id) => byId.get(id)) }, { newline: '\n' }) + '\n';
}

/** Which figures of one report are given: realistic gaps, some by district habit, some by chance. */
function isGiven(random, district, indicatorId) {
  if (indicatorId === 'reconsideration_revoked_or_altered') return random.chance(0.85);
  if (district.skipsLitigationOutcomes && /^litigation_(claims_dismissed|lost|loss_rate)$/.test(indicatorId)) return false;
  if (district.skipsMediationTypes && indicatorId.startsWith('mediation_type_')) return false;
  return !random.chance(0.002);
}

/** Generates the dataset into `dir` (replacing it) and returns counts for the benchmark report. */
export function generateNational({ dir = DEFAULT_DIR, seed = DEFAULT_SEED, districts: total = DEFAULT_DISTRICTS, curatedDir = 'data' } = {}) {
  const random = createRandom(seed);
  const districts = buildDistricts(random, total).map((district) => ({
    ...district,
    skipsLitigationOutcomes: random.chance(0.02),
    skipsMediationTypes: random.chance(0.03),
  }));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'sources'), { recursive: true });
  writeFileSync(join(dir, 'indicators.csv'), indicatorsCsv(curatedDir));

  let reports = 'report_id,source_file,admin_code,province,city,district,district_en,year,title,title_source,script,note\n';
  let population = 'admin_code,province,city,district,population,reference_date,source,note\n';
  const observations = ['report_id,indicator_id,value,qualifier,quote,note,note_zh\n'];
  let observationCount = 0;
  let reportCount = 0;
  for (const district of districts) {
    population += csvLine([district.adminCode, district.province, district.city, district.district, district.population, '2020-11-01', '合成数据，仅供性能基准测试 (synthetic, for the benchmark only)', '']);
    for (const year of YEARS) {
      // Now and then a district publishes no report for a year.
      if (random.chance(0.002)) continue;
      const reportId = `${year}-${district.provinceSlug}-${district.adminCode}`;
      const title = `${district.city}${district.district}人民政府${year}年法治政府建设年度报告`;
      reports += csvLine([reportId, `${reportId}.txt`, district.adminCode, district.province, district.city, district.district, district.districtEn, year, title, 'report', 'hans', '']);
      reportCount++;
      const figures = reportFigures(random, district.population / 10_000);
      const quotes = { reconsideration: [], litigation: [], mediation: [], enforcement: [] };
      let rows = '';
      for (const id of INDICATOR_IDS) {
        const figure = figures[id];
        if (!figure || !isGiven(random, district, id)) continue;
        const quote = quoteOf(id, figure);
        quotes[id.startsWith('reconsideration') ? 'reconsideration' : id.startsWith('litigation') ? 'litigation' : id.startsWith('enforcement') ? 'enforcement' : 'mediation'].push(quote);
        const carriedOver = id === 'reconsideration_concluded' && random.chance(0.01);
        rows += csvLine([reportId, id, figure.value, figure.qualifier, quote, carriedOver ? 'Includes cases carried over from the previous year.' : '', carriedOver ? '含上年结转案件。' : '']);
        observationCount++;
      }
      observations.push(rows);
      const body = SECTIONS.map(([family, opening]) => `${opening}${quotes[family].join('，')}。`);
      writeFileSync(join(dir, 'sources', `${reportId}.txt`), [title, `${year}年，${district.district}${FILLER[0]}`, ...body, FILLER[1], ''].join('\n'));
    }
  }
  writeFileSync(join(dir, 'reports.csv'), reports);
  writeFileSync(join(dir, 'population.csv'), population);
  writeFileSync(join(dir, 'observations.csv'), observations.join(''));
  const manifest = { version: GENERATOR_VERSION, seed, districts: total, provinces: new Set(districts.map((d) => d.province)).size, years: YEARS.length, indicators: INDICATOR_IDS.length, reports: reportCount, observations: observationCount };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return manifest;
}

/** Reuses a dataset already generated with the same parameters (generation takes a while), else generates it. */
export function ensureNational(options = {}) {
  const dir = options.dir ?? DEFAULT_DIR;
  const manifestFile = join(dir, 'manifest.json');
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    if (manifest.version === GENERATOR_VERSION && manifest.seed === (options.seed ?? DEFAULT_SEED) && manifest.districts === (options.districts ?? DEFAULT_DISTRICTS)) return manifest;
  }
  return generateNational({ ...options, dir });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const dir = resolve(option('--dir') ?? DEFAULT_DIR);
  const started = Date.now();
  const manifest = generateNational({ dir, seed: Number(option('--seed') ?? DEFAULT_SEED), districts: Number(option('--districts') ?? DEFAULT_DISTRICTS) });
  console.log(`${dir}: ${JSON.stringify(manifest)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
