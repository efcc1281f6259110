/**
 * Invented places for the national benchmark: 31 provinces with their real GB/T 2260 prefixes and roughly
 * their real number of county-level units, scaled to exactly `total`; cities and districts get invented
 * two-syllable names (written in characters and in pinyin) that are unique across the country.
 */

/** Province name, pinyin slug, GB/T 2260 prefix and about how many county-level units it has. */
export const PROVINCES = [
  ['北京市', 'beijing', '11', 16], ['天津市', 'tianjin', '12', 16], ['河北省', 'hebei', '13', 167],
  ['山西省', 'shanxi', '14', 117], ['内蒙古自治区', 'neimenggu', '15', 103], ['辽宁省', 'liaoning', '21', 100],
  ['吉林省', 'jilin', '22', 60], ['黑龙江省', 'heilongjiang', '23', 121], ['上海市', 'shanghai', '31', 16],
  ['江苏省', 'jiangsu', '32', 95], ['浙江省', 'zhejiang', '33', 90], ['安徽省', 'anhui', '34', 104],
  ['福建省', 'fujian', '35', 84], ['江西省', 'jiangxi', '36', 100], ['山东省', 'shandong', '37', 136],
  ['河南省', 'henan', '41', 157], ['湖北省', 'hubei', '42', 103], ['湖南省', 'hunan', '43', 122],
  ['广东省', 'guangdong', '44', 122], ['广西壮族自治区', 'guangxi', '45', 111], ['海南省', 'hainan', '46', 25],
  ['重庆市', 'chongqing', '50', 38], ['四川省', 'sichuan', '51', 183], ['贵州省', 'guizhou', '52', 88],
  ['云南省', 'yunnan', '53', 129], ['西藏自治区', 'xizang', '54', 74], ['陕西省', 'shaanxi', '61', 107],
  ['甘肃省', 'gansu', '62', 86], ['青海省', 'qinghai', '63', 44], ['宁夏回族自治区', 'ningxia', '64', 22],
  ['新疆维吾尔自治区', 'xinjiang', '65', 107],
];

// No syllable is a Chinese numeral, so a place name inside a report's prose is never read as a figure.
const SYLLABLES = [
  ['安', 'an'], ['宁', 'ning'], ['平', 'ping'], ['和', 'he'], ['东', 'dong'], ['西', 'xi'], ['南', 'nan'],
  ['北', 'bei'], ['山', 'shan'], ['江', 'jiang'], ['阳', 'yang'], ['城', 'cheng'], ['泉', 'quan'], ['林', 'lin'],
  ['丰', 'feng'], ['兴', 'xing'], ['昌', 'chang'], ['新', 'xin'], ['永', 'yong'], ['清', 'qing'], ['源', 'yuan'],
  ['华', 'hua'], ['康', 'kang'], ['泰', 'tai'], ['德', 'de'], ['福', 'fu'], ['定', 'ding'], ['远', 'yuan'],
  ['长', 'chang'], ['云', 'yun'], ['石', 'shi'], ['金', 'jin'], ['桂', 'gui'], ['海', 'hai'], ['湖', 'hu'],
  ['溪', 'xi'], ['乐', 'le'], ['庆', 'qing'], ['武', 'wu'], ['文', 'wen'], ['宜', 'yi'], ['临', 'lin'],
  ['龙', 'long'], ['凤', 'feng'], ['鹤', 'he'], ['松', 'song'], ['柳', 'liu'], ['桥', 'qiao'], ['岭', 'ling'],
  ['川', 'chuan'], ['峰', 'feng'], ['明', 'ming'], ['光', 'guang'], ['盛', 'sheng'], ['景', 'jing'],
  ['宝', 'bao'], ['通', 'tong'], ['顺', 'shun'], ['嘉', 'jia'], ['瑞', 'rui'], ['崇', 'chong'], ['怀', 'huai'],
];

const SUFFIXES = [
  ['区', 'District', 0.35], ['县', 'County', 0.5], ['市', 'City', 0.15],
];

/** A small seeded generator (mulberry32): the same seed gives the same country every time. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    between: (low, high) => low + (high - low) * next(),
    int: (low, high) => Math.floor(low + (high - low + 1) * next()),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
  };
}

/** Splits `total` over the provinces in proportion to their real counts (largest remainder). */
export function apportion(total) {
  const sum = PROVINCES.reduce((s, p) => s + p[3], 0);
  const exact = PROVINCES.map((p) => (p[3] * total) / sum);
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0]);
  const remainder = total - counts.reduce((s, c) => s + c, 0);
  for (let k = 0; k < remainder; k++) counts[order[k][1]]++;
  return counts;
}

/** Invents a name not used yet: two syllables, three when two are taken. */
function inventName(random, used) {
  for (let length = 2; ; length++) {
    for (let attempt = 0; attempt < 40; attempt++) {
      const parts = Array.from({ length }, () => random.pick(SYLLABLES));
      const zh = parts.map((p) => p[0]).join('');
      if (used.has(zh)) continue;
      used.add(zh);
      const en = parts.map((p) => p[1]).join('');
      return { zh, en: en[0].toUpperCase() + en.slice(1) };
    }
  }
}

/**
 * Builds `total` districts: admin code, province, city, names in both languages and a population drawn
 * log-uniformly between 50,000 and 2,000,000 (county-level units differ by more than an order of magnitude).
 */
export function buildDistricts(random, total) {
  const counts = apportion(total);
  const used = new Set();
  const districts = [];
  PROVINCES.forEach(([province, slug, prefix], p) => {
    let city;
    let cityNumber = 0;
    let countyNumber = 0;
    for (let i = 0; i < counts[p]; i++) {
      // About a dozen county-level units per prefecture-level city.
      if (i === 0 || countyNumber >= random.int(8, 16)) {
        cityNumber++;
        countyNumber = 0;
        city = `${inventName(random, used).zh}市`;
      }
      countyNumber++;
      const name = inventName(random, used);
      const roll = random.next();
      const [suffixZh, suffixEn] = roll < SUFFIXES[0][2] ? SUFFIXES[0] : roll < SUFFIXES[0][2] + SUFFIXES[1][2] ? SUFFIXES[1] : SUFFIXES[2];
      districts.push({
        adminCode: `${prefix}${String(cityNumber).padStart(2, '0')}${String(countyNumber).padStart(2, '0')}`,
        province,
        provinceSlug: slug,
        city,
        district: `${name.zh}${suffixZh}`,
        districtEn: `${name.en} ${suffixEn}`,
        population: Math.round(Math.exp(random.between(Math.log(50_000), Math.log(2_000_000)))),
      });
    }
  });
  return districts;
}
