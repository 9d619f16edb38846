import { describe, expect, it } from 'vitest';
import { cellAt, findTables, mergeRules, splitByTables, type Rule } from './table-grid.ts';

const h = (at: number, from: number, to: number): Rule => ({ horizontal: true, at, from, to });
const v = (at: number, from: number, to: number): Rule => ({ horizontal: false, at, from, to });

/** A 3-column, 2-row grid: columns at x 0|100|300|360, rows at y 0|50|200. */
const GRID: Rule[] = [h(0, 0, 360), h(50, 0, 360), h(200, 0, 360), ...[0, 100, 300, 360].map((x) => v(x, 0, 200))];

describe('mergeRules', () => {
  it('joins the pixel runs of a thick rule and the pieces of a broken one', () => {
    const merged = mergeRules([h(10, 0, 100), h(11, 0, 100), h(12, 102, 300), v(5, 0, 40)], 3);
    expect(merged).toHaveLength(2);
    const horizontal = merged.find((r) => r.horizontal)!;
    expect(horizontal.from).toBe(0);
    expect(horizontal.to).toBe(300);
    expect(horizontal.at).toBeGreaterThan(10);
    expect(horizontal.at).toBeLessThan(12);
  });

  it('keeps parallel rules apart', () => {
    expect(mergeRules([h(10, 0, 100), h(60, 0, 100)], 3)).toHaveLength(2);
  });
});

describe('findTables', () => {
  it('builds rows and cells from crossing rules', () => {
    const [t, ...rest] = findTables(GRID, 2);
    expect(rest).toEqual([]);
    expect(t!.rows.map((r) => r.map((c) => [c.x0, c.x1]))).toEqual([
      [
        [0, 100],
        [100, 300],
        [300, 360],
      ],
      [
        [0, 100],
        [100, 300],
        [300, 360],
      ],
    ]);
    expect([t!.y0, t!.y1]).toEqual([0, 200]);
  });

  it('gives a row with a merged cell fewer cells', () => {
    const rules = [
      h(0, 0, 360),
      h(50, 0, 360),
      h(200, 0, 360),
      v(0, 0, 200),
      v(360, 0, 200),
      v(100, 0, 50),
      v(300, 0, 50),
    ];
    const [t] = findTables(rules, 2);
    expect(t!.rows.map((r) => r.length)).toEqual([3, 1]);
  });

  it('closes a row that a page break left open (vertical rules run past the last rule)', () => {
    const rules = [h(0, 0, 360), h(50, 0, 360), ...[0, 100, 360].map((x) => v(x, 0, 400))];
    const [t] = findTables(rules, 2);
    expect(t!.rows.map((r) => [r[0]!.y0, r[0]!.y1])).toEqual([
      [0, 50],
      [50, 400],
    ]);
  });

  it('ignores lone rules (a signature line, an underline) and frames; separate tables stay separate', () => {
    expect(findTables([h(500, 0, 300)], 2)).toEqual([]);
    const frame = [h(0, 0, 500), h(800, 0, 500), v(0, 0, 800), v(500, 0, 800)];
    expect(findTables(frame, 2)).toEqual([]);
    const second = GRID.map((r) => ({
      ...r,
      at: r.horizontal ? r.at + 1000 : r.at,
      from: r.horizontal ? r.from : r.from + 1000,
      to: r.horizontal ? r.to : r.to + 1000,
    }));
    const tables = findTables([...second, ...GRID], 2);
    expect(tables.map((t) => t.y0)).toEqual([0, 1000]);
  });
});

describe('splitByTables', () => {
  const tables = findTables(GRID, 2);
  const box = (x: number, y: number) => ({ x0: x - 5, x1: x + 5, y0: y - 5, y1: y + 5 });

  it('finds the cell of a point', () => {
    expect(cellAt(tables, 150, 100)).toMatchObject({ row: 1, col: 1 });
    expect(cellAt(tables, 150, 300)).toBeNull();
  });

  it('reads a right-to-left table row by row, cells right to left, pieces in input order', () => {
    const pieces = [
      { id: 'title', ...box(180, -40) },
      { id: 'r0-right', ...box(330, 25) },
      { id: 'r0-mid', ...box(200, 25) },
      { id: 'r1-mid-line1', ...box(200, 80) },
      { id: 'r1-left', ...box(50, 80) },
      { id: 'r1-mid-line2', ...box(200, 110) },
      { id: 'r1-right', ...box(330, 80) },
      { id: 'after', ...box(180, 260) },
    ];
    const { outside, rows } = splitByTables(pieces, (p) => p, tables, true);
    expect(outside.map((p) => p.id)).toEqual(['title', 'after']);
    expect(rows.map((r) => r.cells.map((c) => c.map((p) => p.id)))).toEqual([
      [['r0-right'], ['r0-mid'], []],
      [['r1-right'], ['r1-mid-line1', 'r1-mid-line2'], ['r1-left']],
    ]);
    const ltr = splitByTables(pieces, (p) => p, tables, false);
    expect(ltr.rows[1]!.cells.map((c) => c[0]!.id)).toEqual(['r1-left', 'r1-mid-line1', 'r1-right']);
  });

  it('keeps a full-width one-cell row (the body under a framed letterhead) as running lines', () => {
    const framed = findTables(
      [h(0, 0, 360), h(50, 0, 360), h(400, 0, 360), v(0, 0, 400), v(360, 0, 400), v(180, 0, 50)],
      2,
    );
    const pieces = [
      { id: 'head-right', ...box(300, 25) },
      { id: 'head-left', ...box(60, 25) },
      { id: 'body-1', ...box(180, 100) },
      { id: 'body-2', ...box(180, 150) },
    ];
    const { outside, rows } = splitByTables(pieces, (p) => p, framed, true);
    expect(outside.map((p) => p.id)).toEqual(['body-1', 'body-2']);
    expect(rows.map((r) => r.cells.map((c) => c.map((p) => p.id)))).toEqual([[['head-right'], ['head-left']]]);
  });
});
