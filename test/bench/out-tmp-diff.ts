import { extractDocument, OcrPool } from '../../ingest/src/extract/index.ts';
import { makeMinutesFixtures } from '../fixtures/make-fixtures.ts';
import { cer, datesKept } from './ocr.bench.ts';
const pool = new OcrPool({ workers: 2 });
const set = await makeMinutesFixtures((process.argv[2] ?? 'vazirmatn') as 'vazirmatn');
const variant = process.argv[3] ?? 'clean';
for (const p of set.pages) {
  const r = await extractDocument({ path: variant === 'clean' ? p.clean : p.noisy, mime: 'image/png' }, { ocr: pool });
  const got = r.pages.map((x) => x.text).join('\n');
  console.log('=== page', p.number, 'cer', cer(p.expected, got).toFixed(4), 'dates', datesKept(p.expected, got), 'q', r.pages[0]?.quality);
  const el = p.expected.split('\n'), gl = got.split('\n');
  console.log(gl.join('\n'));
}
await pool.terminate();
