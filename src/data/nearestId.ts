/**
 * The known id a mistyped one most likely meant (`mediaton_success` → `mediation_success_rate`), so a
 * rejected row can say what to write instead. Pure string distance: no guess is made when nothing is close.
 */

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}

/** How many of the `_`- or `-`-separated words of `id` appear, spelt within one edit, among those of `candidate`. */
function sharedWords(id: string, candidate: string): number {
  const words = candidate.split(/[_-]/);
  return id.split(/[_-]/).filter((word) => word !== '' && words.some((other) => editDistance(word, other) <= (word.length > 4 ? 1 : 0))).length;
}

/**
 * The candidate most like `id`, or undefined when none is within about 40 % of its length in edits.
 * Words count first (`mediaton_success` means `mediation_success_rate` more than `mediation_cases`, though
 * the latter is fewer edits away), then the number of edits, then the alphabet.
 */
export function suggestNearest(id: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.ceil(id.length * 0.4));
  let best: { id: string; distance: number; shared: number } | undefined;
  for (const candidate of candidates) {
    // Lengths alone bound the distance from below, which skips most of a long list cheaply.
    if (candidate === id || Math.abs(candidate.length - id.length) > limit) continue;
    const distance = editDistance(id, candidate);
    if (distance > limit) continue;
    const shared = sharedWords(id, candidate);
    if (!best || shared > best.shared || (shared === best.shared && (distance < best.distance || (distance === best.distance && candidate < best.id)))) {
      best = { id: candidate, distance, shared };
    }
  }
  return best?.id;
}

/**
 * A function giving the params of an unknown-id issue: the id and, when one is close, a suggestion.
 * Suggestions are cached per list and id, and only the first few hundred distinct ids get one, so a
 * large file of rows naming unknown ids stays quick to check.
 */
export function createSuggester(limit = 500): (id: string, known: ReadonlyMap<string, unknown>) => { id: string; suggestion?: string } {
  const cache = new WeakMap<ReadonlyMap<string, unknown>, Map<string, string>>();
  let computed = 0;
  return (id, known) => {
    const cached = cache.get(known) ?? new Map<string, string>();
    cache.set(known, cached);
    if (!cached.has(id) && computed < limit) {
      computed++;
      cached.set(id, suggestNearest(id, known.keys()) ?? '');
    }
    const suggestion = cached.get(id);
    return suggestion ? { id, suggestion } : { id };
  };
}
