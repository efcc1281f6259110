/**
 * Names in the Chinese collation order, the order comparing them with localeCompare(…, 'zh') gives: one
 * collator is many times faster across thousands of names.
 */
export const collator = new Intl.Collator('zh');

/**
 * The place of each distinct value among them all as the collator orders them; values it finds equal
 * (a zero-width space, a combining accent apart) share a place. Comparing places is comparing the values,
 * and 2,850 district names are sorted once instead of compared again for every pair of 17,000 reports.
 */
export function collationPlaces(values: Iterable<string>): Map<string, number> {
  const sorted = [...new Set(values)].sort(collator.compare);
  const places = new Map<string, number>();
  let place = 0;
  sorted.forEach((value, i) => {
    if (i > 0 && collator.compare(sorted[i - 1], value) !== 0) place++;
    places.set(value, place);
  });
  return places;
}
