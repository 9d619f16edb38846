/**
 * The spelling-variant table of issue #17, measured on real documents:
 * `node --import tsx test/bench/variants.ts [corpus dir …] [--json]` (default ../shared/corpus and
 * ../shared/corpus2). Every `*.txt` becomes a parsed record, all indexed together by the FTS5 engine
 * in a temp directory; for each row the documents returned by each written form of the query, how
 * many documents hold the words (any spelling, parts joined) and whether the forms agree.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteFts5Engine } from '../../ingest/src/search/fts5/sqlite-fts5.engine.ts';
import { searchKey } from '../../ingest/src/text/index.ts';
import { listTxt, record } from './relevance.ts';

/** Rows: the written forms of one query (ZWNJ, space, joined, seat variants, suffixed). */
export const VARIANT_ROWS: string[][] = [
  ['سرمایه‌گذاری', 'سرمایه گذاری', 'سرمایهگذاری'],
  ['برنامه‌ریزی', 'برنامه ریزی', 'برنامهریزی'],
  ['تفاهم‌نامه', 'تفاهم نامه', 'تفاهمنامه'],
  ['مسئول', 'مسؤول', 'مسوول'],
  ['پست‌بانک', 'پست بانک', 'پستبانک'],
  ['هیئت مدیره', 'هیات مدیره', 'هیأت مدیره'],
  ['رئیس', 'رییس'],
  ['بهره‌برداری', 'بهره برداری', 'بهرهبرداری'],
  ['آیین‌نامه', 'آیین نامه', 'آییننامه', 'آئین‌نامه'],
  ['کار‌گروه', 'کار گروه', 'کارگروه'],
  ['سرمایه گذاریهای', 'سرمایه‌گذاری‌های', 'سرمایهگذاریهای'],
  ['برنامه ریزی‌های', 'برنامه‌ریزی‌های', 'برنامهریزیهای'],
  ['تسهیلات', 'تسهیلات 1401', 'تسهیلات ۱۴۰۱'],
  ['اشتغال', 'اشتغال ۱۳۹۹'],
  ['بانک ملی', 'بانک ملّی'],
];

/** What a document must hold to count for a row, when not its first form (a plural row: the stem). */
const HOLD_UNIT: Record<string, string> = {
  'سرمایه گذاریهای': 'سرمایهگذاری',
  'برنامه ریزی‌های': 'برنامهریزی',
};

/** A text's key with every space and ZWNJ removed (parts of compounds joined). */
function squeezed(text: string): string {
  return searchKey(text).replace(/[\s\u200c]+/g, '');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const dirs = args.filter((a) => !a.startsWith('--'));
  const corpora = dirs.length > 0 ? dirs : [path.resolve('../shared/corpus'), path.resolve('../shared/corpus2')];
  const records = corpora.flatMap((d) => listTxt(d)).map((f) => record(f, true));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sanad-variants-'));
  const engine = new SqliteFts5Engine({ path: path.join(tmp, 'search.db') });
  try {
    await engine.init();
    await engine.index(records);
    const keys = new Map(records.map((r) => [r.id, squeezed(r.text)]));
    if (!json)
      console.log(`${records.length} documents\n\n| query forms | documents returned | hold it |\n|---|---|---|`);
    for (const row of VARIANT_ROWS) {
      const unit = squeezed(
        HOLD_UNIT[row[0]!] ??
          row[0]!
            .split(/\s+/)
            .filter((w) => !/^[\d۰-۹]+$/.test(w))
            .join(''),
      );
      const totals: number[] = [];
      const sets: string[] = [];
      const top5: number[] = [];
      for (const q of row) {
        const all = await engine.search({ q, perPage: 100 });
        totals.push(all.total);
        sets.push(
          all.hits
            .map((h) => h.id)
            .sort()
            .join(','),
        );
        top5.push(all.hits.slice(0, 5).filter((h) => keys.get(h.id)?.includes(unit)).length);
      }
      const hold = [...keys.values()].filter((k) => k.includes(unit)).length;
      const same = sets.every((s) => s === sets[0]);
      if (json) console.log(JSON.stringify({ row, totals, hold, top5, same }));
      else
        console.log(
          `| ${row.map((f) => `«${f}»`).join(' / ')} | ${totals.join(' / ')}${same ? '' : ' (differ)'} | ${hold} (top 5 holding: ${top5.join(' / ')}) |`,
        );
    }
  } finally {
    await engine.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
