/**
 * The one bounded edit distance of the code base (search typos, one-letter slips in names).
 * Pure.
 */

export interface EditDistanceOptions {
  /**
   * Swapping two adjacent letters («کتاب»/«تکاب») counts as one edit (optimal string
   * alignment, the Damerau–Levenshtein variant search engines use for typos). Default true;
   * false gives plain Levenshtein (insert, delete, substitute).
   */
  transpositions?: boolean;
}

/**
 * Edit distance of `a` and `b`, or `max + 1` as soon as it is certain to exceed `max`.
 * Operates on UTF-16 units: Persian letters are all in the BMP.
 */
export function editDistance(a: string, b: string, max: number, options: EditDistanceOptions = {}): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  const swaps = options.transpositions !== false;
  let prev2 = new Array<number>(lb + 1).fill(0);
  let prev = new Array<number>(lb + 1);
  let cur = new Array<number>(lb + 1);
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (swaps && i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[lb]!;
}
