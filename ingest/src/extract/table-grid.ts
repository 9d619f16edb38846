/**
 * Ruled tables: from the rules of a page (drawn vector lines in a PDF, long ink runs in a scan)
 * to a grid of cells, and from positioned text pieces to the table's reading order.
 *
 * Why: a table whose cells wrap puts several text lines side by side. A reader that goes line
 * by line across the page (the PDF text layer rebuilt by baseline; Tesseract's block mode)
 * interleaves the cells: «…ستاد محرومیت زدایی و دبیرخانه توانمند سازی…». Read cell by cell,
 * a row is its cells in order (right to left for Persian), each cell's lines top to bottom, and
 * the extractors join a row's cells with a tab — the row encoding the structure parser reads
 * (parse/resolutions.ts: a resolution's responsible body and deadline columns).
 *
 * Coordinates are generic with y growing downwards (image rows; the PDF adapter flips its y).
 */

/** A straight rule: horizontal at y = `at` from x `from` to `to`, or vertical at x = `at`. */
export interface Rule {
  horizontal: boolean;
  at: number;
  from: number;
  to: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface TableCell extends Box {
  row: number;
  col: number;
}

export interface TableGrid extends Box {
  /** Rows top to bottom; each row's cells left to right. */
  rows: TableCell[][];
}

/**
 * Merge rule pieces that are one rule: same direction, `at` within `tol`, extents overlapping or
 * touching within `tol` (a 2-px border is two pixel runs; a noisy scan breaks a rule in pieces).
 */
export function mergeRules(rules: readonly Rule[], tol: number): Rule[] {
  const out: Rule[] = [];
  for (const horizontal of [true, false]) {
    const sorted = rules.filter((r) => r.horizontal === horizontal).sort((a, b) => a.at - b.at || a.from - b.from);
    const groups: { rules: Rule[]; sumAt: number; n: number; from: number; to: number; last: number }[] = [];
    for (const r of sorted) {
      const g = groups.find((g) => r.at - g.last <= tol && r.from <= g.to + tol && r.to >= g.from - tol);
      if (g) {
        g.sumAt += r.at * (r.to - r.from + 1);
        g.n += r.to - r.from + 1;
        g.from = Math.min(g.from, r.from);
        g.to = Math.max(g.to, r.to);
        g.last = r.at;
      } else {
        const len = r.to - r.from + 1;
        groups.push({ rules: [r], sumAt: r.at * len, n: len, from: r.from, to: r.to, last: r.at });
      }
    }
    for (const g of groups) out.push({ horizontal, at: g.sumAt / g.n, from: g.from, to: g.to });
  }
  return out;
}

/** Values within `tol` of each other collapse to their mean (sorted ascending). */
function clusterValues(values: number[], tol: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length > 0 && v - group[group.length - 1]! > tol) {
      out.push(group.reduce((a, b) => a + b, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length > 0) out.push(group.reduce((a, b) => a + b, 0) / group.length);
  return out;
}

const touches = (h: Rule, v: Rule, tol: number): boolean =>
  v.at >= h.from - tol && v.at <= h.to + tol && h.at >= v.from - tol && h.at <= v.to + tol;

/**
 * Tables on a page: groups of crossing rules with at least one horizontal and two vertical rules.
 * Rows lie between consecutive horizontal rules; a row's cells between the vertical rules that
 * cross the row's middle (so merged cells and rows with fewer columns come out right).
 * `tol` is the rule thickness tolerance in page units; rows and columns narrower than
 * `minCell` are dropped. A box of one cell (a page border, a framed heading) is not a table.
 */
export function findTables(rawRules: readonly Rule[], tol: number, minCell = 3 * tol): TableGrid[] {
  const rules = mergeRules(rawRules, tol);
  // Connected components of the crossing graph (union-find).
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < rules.length; i++)
    for (let j = i + 1; j < rules.length; j++) {
      const a = rules[i]!;
      const b = rules[j]!;
      if (a.horizontal !== b.horizontal && touches(a.horizontal ? a : b, a.horizontal ? b : a, tol))
        parent[find(i)] = find(j);
    }
  const groups = new Map<number, Rule[]>();
  rules.forEach((r, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), r]));
  const tables: TableGrid[] = [];
  for (const group of groups.values()) {
    const hs = group.filter((r) => r.horizontal);
    const vs = group.filter((r) => !r.horizontal);
    if (hs.length < 1 || vs.length < 2) continue;
    // A row split by a page break has no rule on its open side: its vertical rules run past the
    // last (or first) horizontal rule, and their ends close the row.
    const top = Math.min(...vs.map((v) => v.from));
    const bottom = Math.max(...vs.map((v) => v.to));
    const hys = hs.map((h) => h.at);
    if (Math.min(...hys) - top >= minCell) hys.push(top);
    if (bottom - Math.max(...hys) >= minCell) hys.push(bottom);
    const ys = clusterValues(hys, tol);
    const rows: TableCell[][] = [];
    for (let i = 0; i + 1 < ys.length; i++) {
      const y0 = ys[i]!;
      const y1 = ys[i + 1]!;
      if (y1 - y0 < minCell) continue;
      const mid = (y0 + y1) / 2;
      const xs = clusterValues(
        vs.filter((v) => v.from - tol <= mid && v.to + tol >= mid).map((v) => v.at),
        tol,
      );
      const cells: TableCell[] = [];
      for (let k = 0; k + 1 < xs.length; k++) {
        if (xs[k + 1]! - xs[k]! < minCell) continue;
        cells.push({ row: rows.length, col: cells.length, x0: xs[k]!, x1: xs[k + 1]!, y0, y1 });
      }
      if (cells.length > 0) rows.push(cells);
    }
    const all = rows.flat();
    // One cell is a frame (a page border, a boxed heading), not a table: its text reads as lines.
    if (all.length < 2) continue;
    tables.push({
      x0: Math.min(...all.map((c) => c.x0)),
      x1: Math.max(...all.map((c) => c.x1)),
      y0: rows[0]![0]!.y0,
      y1: rows[rows.length - 1]![0]!.y1,
      rows,
    });
  }
  return tables.sort((a, b) => a.y0 - b.y0);
}

/** The cell holding point (x, y), or null. */
export function cellAt(tables: readonly TableGrid[], x: number, y: number): TableCell | null {
  for (const t of tables) {
    if (x < t.x0 || x > t.x1 || y < t.y0 || y > t.y1) continue;
    for (const row of t.rows) {
      if (y < row[0]!.y0 || y > row[0]!.y1) continue;
      for (const c of row) if (x >= c.x0 && x <= c.x1) return c;
    }
  }
  return null;
}

/** One table row's pieces, cell by cell in reading order. */
export interface TableRowPieces<T> {
  /** Top of the row (for ordering against the page's other lines). */
  y0: number;
  y1: number;
  /**
   * The row's cells in reading order (right to left when `rtl`, else left to right), empty ones
   * included so that columns line up from row to row.
   */
  cells: T[][];
}

/**
 * Split positioned pieces into those outside every table and table rows. Each piece goes to the
 * cell holding its centre; cells keep the pieces' input order, rows list their cells right to
 * left (`rtl`) or left to right; a row with no pieces at all is left out. Pieces in a row that is one wide cell count as outside.
 */
export function splitByTables<T>(
  pieces: readonly T[],
  boxOf: (p: T) => Box,
  tables: readonly TableGrid[],
  rtl: boolean,
): { outside: T[]; rows: TableRowPieces<T>[] } {
  const outside: T[] = [];
  const byCell = new Map<TableCell, T[]>();
  // A row that is one cell across (most of) the table is a box of running text — the body under
  // a framed letterhead, a section title across a table — and keeps its lines.
  const wide = new Set<TableCell>();
  for (const t of tables)
    for (const row of t.rows) if (row.length === 1 && row[0]!.x1 - row[0]!.x0 >= 0.6 * (t.x1 - t.x0)) wide.add(row[0]!);
  for (const p of pieces) {
    const b = boxOf(p);
    const cell = tables.length ? cellAt(tables, (b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2) : null;
    if (cell && !wide.has(cell)) byCell.set(cell, [...(byCell.get(cell) ?? []), p]);
    else outside.push(p);
  }
  const rows: TableRowPieces<T>[] = [];
  for (const t of tables)
    for (const row of t.rows) {
      const ordered = rtl ? [...row].reverse() : row;
      const cells = ordered.map((c) => byCell.get(c) ?? []);
      if (cells.some((c) => c.length > 0)) rows.push({ y0: row[0]!.y0, y1: row[0]!.y1, cells });
    }
  return { outside, rows };
}
